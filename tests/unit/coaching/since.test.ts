// "Since the last visit": the default first day of What changed and the brief, the brief's sentence
// data, and the 30-day support shift read from the daily series (the same as What changed says).
import { describe, expect, it } from 'vitest';
import { defaultSince } from '../../../shared/coaching/since';
import { sinceVisitSummary } from '../../../shared/coaching/sinceVisit';
import { supportShift } from '../../../shared/coaching/supportShift';
import { computeChanges } from '../../../shared/history/changes';
import { stateAsOf } from '../../../shared/history/replay';
import { computeSupportSeries } from '../../../shared/history/series';
import { ACCOUNT_ID, Log } from '../history/log';
import { person, visit } from './fixtures';

describe('defaultSince', () => {
  const p = person({});
  it('starts at the last logged visit before the day (not a planned one, not one on the day itself)', () => {
    const visits = [visit([p], { date: '2026-11-03' }), visit([p], { date: '2026-10-01' }), visit([p], { date: '2026-11-27' }), visit([p], { date: '2026-11-20', status: 'planned' })];
    expect(defaultSince({ visits, firstDay: '2026-01-01', to: '2026-11-27' })).toEqual({ day: '2026-11-03', basis: 'lastVisit', visitId: visits[0]!.id });
  });
  it('without a visit: 30 days back, or the account’s first day when the account is younger', () => {
    expect(defaultSince({ visits: [], firstDay: '2026-01-01', to: '2026-11-27' })).toEqual({ day: '2026-10-28', basis: 'days', visitId: null });
    expect(defaultSince({ visits: [], firstDay: '2026-11-22', to: '2026-11-27' })).toEqual({ day: '2026-11-22', basis: 'firstDay', visitId: null });
    expect(defaultSince({ visits: [], firstDay: null, to: '2026-11-27' })).toEqual({ day: '2026-10-28', basis: 'days', visitId: null });
  });
});

describe('sinceVisitSummary', () => {
  const since = { day: '2026-11-03', basis: 'lastVisit' as const, visitId: 'v' };
  const move = (name: string, from: string, to: string) => ({ personId: name, name, from, to }) as never;
  const changes = {
    supportBase: { from: 9, to: 11, delta: 2 },
    stanceMoves: [move('Sun', 'neutral', 'skeptic'), move('许晶', 'ally', 'opponent'), move('Li', 'neutral', 'supporter'), move('Wu', 'unknown', 'neutral')],
    added: [move('N1', null as never, 'supporter'), move('N2', null as never, 'unknown')],
    removed: [],
  };
  it('gives the support base, the moves that matter first, new people and the overdue next step', () => {
    const p = person({});
    const visits = [visit([p], { date: '2026-11-03', nextStep: { what: 'Trial order', due: '2026-11-23', owner: 'us', done: false, doneOn: null } })];
    expect(sinceVisitSummary({ since, visits, changes, today: '2026-11-27' })).toEqual({
      visitDate: '2026-11-03',
      supportBase: { from: 9, to: 11 },
      moves: [
        { personId: '许晶', name: '许晶', from: 'ally', to: 'opponent' },
        { personId: 'Li', name: 'Li', from: 'neutral', to: 'supporter' },
        { personId: 'Sun', name: 'Sun', from: 'neutral', to: 'skeptic' },
      ],
      moreMoves: 1,
      newPeople: 2,
      removedPeople: 0,
      overdue: { days: 4, what: 'Trial order' },
    });
  });
  it('is null when the range does not start at a visit; no overdue when the step is done or not due', () => {
    expect(sinceVisitSummary({ since: { ...since, basis: 'days' }, visits: [], changes, today: '2026-11-27' })).toBeNull();
    const p = person({});
    const done = visit([p], { date: '2026-11-03', nextStep: { what: 'x', due: '2026-11-10', owner: 'us', done: true, doneOn: '2026-11-09' } });
    expect(sinceVisitSummary({ since, visits: [done, visit([p], { date: '2026-11-03' })], changes, today: '2026-11-27' })!.overdue).toBeNull();
  });
});

describe('supportShift', () => {
  const log = () =>
    new Log()
      .on('2026-02-01').account('create')
      .add('wang', { name: 'Wang Li', stance: 'neutral' })
      .add('zhao', { name: 'Zhao Min', stance: 'ally' })
      .add('sun', { name: 'Sun Yu', stance: 'supporter' })
      .on('2026-02-05').edit('zhao', { stance: 'opponent' })
      .on('2026-02-07').edit('zhao', { stance: 'supporter' }).remove('sun').add('li', { name: 'Li Na', stance: 'ally' })
      .on('2026-02-09').edit('li', { stance: 'skeptic' }).edit('wang', { stance: 'ally' });

  it('says what computeChanges says about the support base and who left, for every range', () => {
    const rows = log().rows;
    const series = computeSupportSeries(rows, { accountId: ACCOUNT_ID, today: '2026-02-12' });
    const days = series.points.map((p) => p.day);
    for (const from of days) {
      for (const to of days.filter((d) => d >= from)) {
        const c = computeChanges({ accountId: ACCOUNT_ID, from, to, before: stateAsOf(rows, from), after: stateAsOf(rows, to), scoresBefore: new Map(), scoresAfter: new Map(), limit: 0 });
        const got = supportShift(series.points.filter((p) => p.day >= from && p.day <= to));
        expect(got, `${from} → ${to}`).toEqual({ supportBase: c.supportBase, left: c.left });
      }
    }
    // Sun left by being removed; Zhao left and came back, so did not leave.
    const whole = supportShift(series.points);
    expect(whole.left.map((m) => [m.name, m.from, m.to])).toEqual([['Sun Yu', 'supporter', null]]);
  });
});
