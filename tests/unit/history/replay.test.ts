import { describe, expect, it } from 'vitest';
import { addDays, dayRange, daysBetween, nextDay } from '../../../shared/history/days';
import { Replayer, stateAsOf } from '../../../shared/history/replay';
import { Log, link } from './log';

const names = (s: { people: { name: string }[] }) => s.people.map((p) => p.name);

describe('replay: the account at the end of a day', () => {
  it('is empty before the first row and has no account', () => {
    const log = new Log().on('2026-01-05').account('create').add('a');
    const s = stateAsOf(log.rows, '2026-01-04');
    expect(s.account).toBeNull();
    expect(s.people).toEqual([]);
  });

  it('resolves several edits on one day to that day’s last state', () => {
    const log = new Log()
      .on('2026-01-01').account('create').add('a', { stance: 'neutral' })
      .on('2026-01-02').edit('a', { stance: 'ally' }).edit('a', { stance: 'opponent', name: 'Wang Li' }).edit('a', { stance: 'skeptic' });
    expect(stateAsOf(log.rows, '2026-01-01').people[0]).toMatchObject({ stance: 'neutral', name: 'Person a' });
    expect(stateAsOf(log.rows, '2026-01-02').people[0]).toMatchObject({ stance: 'skeptic', name: 'Wang Li' });
  });

  it('shows a deleted person on past days and not after the deletion day', () => {
    const log = new Log().on('2026-01-01').account('create').add('a').add('b').on('2026-01-10').remove('a');
    expect(names(stateAsOf(log.rows, '2026-01-09'))).toEqual(['Person a', 'Person b']);
    expect(names(stateAsOf(log.rows, '2026-01-10'))).toEqual(['Person b']);
    expect(names(stateAsOf(log.rows, '2026-03-01'))).toEqual(['Person b']);
  });

  it('drops a person created and deleted on the same day', () => {
    const log = new Log().on('2026-01-01').account('create').add('a').on('2026-01-03').add('tmp').remove('tmp');
    expect(names(stateAsOf(log.rows, '2026-01-03'))).toEqual(['Person a']);
  });

  it('keeps relationships only while both people exist, and removes deleted ones', () => {
    const r1 = link('r1', 'a', 'b');
    const r2 = link('r2', 'b', 'c');
    const log = new Log()
      .on('2026-01-01').account('create').add('a').add('b').add('c').relate(r1).relate(r2)
      .on('2026-01-02').relate(r1, 'delete')
      // A log that missed the cascade must not resurrect an orphan edge.
      .on('2026-01-03').remove('c');
    expect(stateAsOf(log.rows, '2026-01-01').relationships.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(stateAsOf(log.rows, '2026-01-02').relationships.map((r) => r.id)).toEqual(['r2']);
    expect(stateAsOf(log.rows, '2026-01-03').relationships).toEqual([]);
  });

  it('orders people like the live map: by creation time, then creation order', () => {
    const log = new Log().on('2026-01-01').account('create').add('z').add('a').add('m');
    expect(stateAsOf(log.rows, '2026-01-01').people.map((p) => p.id)).toEqual(['z', 'a', 'm']);
  });

  it('applies rows by (day, seq) even when the log is not in that order', () => {
    const log = new Log().on('2026-01-02').account('create').add('a', { stance: 'ally' }).on('2026-01-01').edit('a', { stance: 'opponent' });
    // The edit stamped on an earlier day is older: on the 2nd the person is an ally.
    expect(stateAsOf(log.rows, '2026-01-02').people[0]!.stance).toBe('ally');
  });

  it('walks forward incrementally: each day matches a fresh rebuild', () => {
    const log = new Log().on('2026-01-01').account('create').add('a').add('b');
    log.on('2026-01-02').edit('a', { stance: 'ally' }).on('2026-01-04').remove('b').add('c').on('2026-01-05').account('update');
    const replayer = new Replayer(log.rows);
    for (const day of ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-06']) {
      replayer.advanceTo(day);
      expect(replayer.state()).toEqual(stateAsOf(log.rows, day));
    }
  });

  it('has no account after the account was deleted', () => {
    const log = new Log().on('2026-01-01').account('create').on('2026-01-02').account('delete');
    expect(stateAsOf(log.rows, '2026-01-01').account?.name).toBe('BabyJoy');
    expect(stateAsOf(log.rows, '2026-01-02').account).toBeNull();
  });
});

describe('day arithmetic', () => {
  it('steps through month ends, leap days and years like the calendar', () => {
    expect(dayRange('2024-02-27', '2024-03-02')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    expect(dayRange('2025-02-28', '2025-03-01')).toEqual(['2025-02-28', '2025-03-01']);
    expect(dayRange('2100-02-28', '2100-03-01')).toEqual(['2100-02-28', '2100-03-01']);
    expect(dayRange('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01']);
    expect(dayRange('2026-01-02', '2026-01-01')).toEqual([]);
    // Every day of four years agrees with Date arithmetic.
    let d = '2023-01-01';
    for (let i = 0; i < 1461; i++) {
      expect(nextDay(d)).toBe(addDays(d, 1));
      d = nextDay(d);
    }
    expect(daysBetween('2023-01-01', d)).toBe(1461);
  });
});
