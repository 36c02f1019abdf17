import { describe, expect, it } from 'vitest';
import { computeSupportSeries } from '../../../shared/history/series';
import { computeSupportTrend } from '../../../shared/history/trends';
import { ACCOUNT_ID, Log } from './log';

const opts = (today: string, extra: { from?: string; to?: string } = {}) => ({
  accountId: ACCOUNT_ID,
  today,
  ...extra,
  // Equal weights make the expected net support easy to compute by hand.
  weightOf: () => 1,
});

function handMade() {
  return new Log()
    .on('2026-03-01').account('create')
    .add('wang', { name: 'Wang Li', stance: 'neutral', isTopDecisionMaker: true })
    .add('zhao', { name: 'Zhao Min', stance: 'ally' })
    .add('sun', { name: 'Sun Yu', stance: 'opponent' })
    .add('qian', { name: 'Qian Hui' })
    .on('2026-03-03').edit('wang', { stance: 'ally' }).edit('wang', { stance: 'supporter', met: true })
    .add('li', { name: 'Li Na', stance: 'supporter' })
    .on('2026-03-04').remove('sun').edit('zhao', { stance: 'skeptic' });
}

describe('daily support series', () => {
  it('counts stances, support base, allies and net support per day', () => {
    const s = computeSupportSeries(handMade().rows, opts('2026-03-05'));
    expect(s.firstDay).toBe('2026-03-01');
    expect(s.points.map((p) => p.day)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
    const [d1, d2, d3, d4, d5] = s.points;
    expect(d1!.stances).toEqual({ ally: 1, supporter: 0, neutral: 1, skeptic: 0, opponent: 1, unknown: 1 });
    expect(d1).toMatchObject({ people: 4, supportBase: 1, allies: 1, netSupport: 0 }); // (0 + 2 − 2) / 3
    expect(d2).toMatchObject({ supportBase: 1, allies: 1, netSupport: 0, events: [] });
    // wang supporter +1, zhao ally +2, sun −2, li +1 → 2/4 × 50
    expect(d3).toMatchObject({ people: 5, supportBase: 3, allies: 1, netSupport: 25 });
    // wang +1, zhao −1, li +1 → 1/3 × 50
    expect(d4).toMatchObject({ people: 4, supportBase: 2, allies: 0, netSupport: 16.7 });
    expect(d5).toMatchObject({ supportBase: 2, events: [] });
  });

  it('reports the top decision-maker with stance and met-status', () => {
    const s = computeSupportSeries(handMade().rows, opts('2026-03-05'));
    expect(s.points[0]!.topDecisionMaker).toEqual({ personId: 'wang', name: 'Wang Li', stance: 'neutral', met: false });
    expect(s.points[2]!.topDecisionMaker).toEqual({ personId: 'wang', name: 'Wang Li', stance: 'supporter', met: true });
  });

  it('lists each day’s events, net of several edits that day', () => {
    const s = computeSupportSeries(handMade().rows, opts('2026-03-05'));
    expect(s.points[0]!.events.filter((e) => e.kind === 'person-added')).toHaveLength(4);
    expect(s.points[0]!.events).toContainEqual({ kind: 'top-decision-maker-changed', personId: 'wang', name: 'Wang Li', previousId: null });
    expect(s.points[2]!.events).toEqual([
      { kind: 'stance-changed', personId: 'wang', name: 'Wang Li', from: 'neutral', to: 'supporter' },
      { kind: 'person-added', personId: 'li', name: 'Li Na', stance: 'supporter' },
    ]);
    expect(s.points[3]!.events).toEqual([
      { kind: 'person-removed', personId: 'sun', name: 'Sun Yu', stance: 'opponent' },
      { kind: 'stance-changed', personId: 'zhao', name: 'Zhao Min', from: 'ally', to: 'skeptic' },
    ]);
  });

  it('reports no stance change when a day’s edits end where they started', () => {
    const log = new Log().on('2026-03-01').account('create').add('a', { stance: 'ally' }).on('2026-03-02').edit('a', { stance: 'opponent' }).edit('a', { stance: 'ally' });
    expect(computeSupportSeries(log.rows, opts('2026-03-02')).points[1]!.events).toEqual([]);
  });

  it('honours from/to and still counts what happened before `from`', () => {
    const s = computeSupportSeries(handMade().rows, opts('2026-03-10', { from: '2026-03-03', to: '2026-03-04' }));
    expect(s.points.map((p) => [p.day, p.supportBase])).toEqual([['2026-03-03', 3], ['2026-03-04', 2]]);
  });

  it('gives zeros before the first day and null net support when nobody is assessed', () => {
    const log = new Log().on('2026-03-02').account('create').add('a');
    const s = computeSupportSeries(log.rows, opts('2026-03-02', { from: '2026-03-01' }));
    expect(s.points[0]).toMatchObject({ day: '2026-03-01', people: 0, supportBase: 0, netSupport: null, topDecisionMaker: null });
    expect(s.points[1]).toMatchObject({ people: 1, netSupport: null });
  });

  it('weighs stances by the given weight', () => {
    const log = new Log().on('2026-03-01').account('create').add('big', { stance: 'ally', authority: 5 }).add('small', { stance: 'opponent', authority: 1 });
    const weighted = computeSupportSeries(log.rows, { accountId: ACCOUNT_ID, today: '2026-03-01', weightOf: (p) => p.authority ?? 3 });
    // (2×5 − 2×1) / 6 × 50
    expect(weighted.points[0]!.netSupport).toBe(66.7);
  });

  it('is empty for an empty log', () => {
    const s = computeSupportSeries([], opts('2026-03-01'));
    expect(s.firstDay).toBeNull();
    expect(s.points).toHaveLength(1);
    expect(s.points[0]!.people).toBe(0);
  });
});

describe('support trend for the accounts list', () => {
  it('compares today with 30 days ago and draws up to 90 days', () => {
    const log = new Log().on('2026-01-01').account('create').add('a', { stance: 'ally' }).add('b', { stance: 'neutral' });
    log.on('2026-05-20').edit('b', { stance: 'supporter' }).add('c', { stance: 'ally' });
    const t = computeSupportTrend(ACCOUNT_ID, log.rows, '2026-06-01');
    expect(t).toMatchObject({ direction: 'up', delta30: 2, supportBase: 3, sparklineFrom: '2026-03-04' });
    expect(t.sparkline).toHaveLength(90);
    expect(t.sparkline[0]).toBe(1);
    expect(t.sparkline.at(-1)).toBe(3);
  });

  it('is down when the support base shrank, and short for a young account', () => {
    const log = new Log().on('2026-05-25').account('create').add('a', { stance: 'ally' }).add('b', { stance: 'ally' });
    log.on('2026-05-30').remove('a').edit('b', { stance: 'skeptic' });
    const t = computeSupportTrend(ACCOUNT_ID, log.rows, '2026-06-01');
    // Before the account existed its support base was 0, so the 30-day delta counts from 0.
    expect(t).toMatchObject({ direction: 'flat', delta30: 0, supportBase: 0, sparklineFrom: '2026-05-25' });
    expect(t.sparkline).toEqual([2, 2, 2, 2, 2, 0, 0, 0]);
    const shrink = computeSupportTrend(ACCOUNT_ID, new Log().on('2026-01-01').account('create').add('a', { stance: 'ally' }).on('2026-05-30').edit('a', { stance: 'neutral' }).rows, '2026-06-01');
    expect(shrink).toMatchObject({ direction: 'down', delta30: -1 });
  });
});
