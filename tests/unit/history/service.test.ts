// The history calls through the real service and a real SQLite file: time travel, the series,
// what changed, trends, and the errors a rep (or a bad caller) can run into.
import { describe, expect, it } from 'vitest';
import { call, callError, openTestApp } from '../service/helpers';

/** An account whose support base grows over three local days, with one person removed. */
async function threeDays() {
  const app = openTestApp();
  const { service, clock } = app;
  clock.set(new Date(2026, 2, 1, 9, 0));
  const account = await call(service, 'createAccount', { name: 'BabyJoy' });
  const { person: wang } = await call(service, 'createPerson', { accountId: account.id, name: 'Wang Li', stance: 'neutral', isTopDecisionMaker: true, authority: 5 });
  const { person: zhao } = await call(service, 'createPerson', { accountId: account.id, name: 'Zhao Min', stance: 'skeptic' });
  await call(service, 'createRelationship', { accountId: account.id, fromId: zhao.id, toId: wang.id, type: 'influences', strength: 3 });
  clock.set(new Date(2026, 2, 2, 9, 0));
  await call(service, 'updatePerson', { id: wang.id, patch: { stance: 'supporter', met: true } });
  clock.set(new Date(2026, 2, 2, 17, 0));
  await call(service, 'updatePerson', { id: wang.id, patch: { stance: 'ally' } });
  const { person: li } = await call(service, 'createPerson', { accountId: account.id, name: 'Li Na', stance: 'supporter' });
  clock.set(new Date(2026, 2, 3, 11, 0));
  await call(service, 'deletePerson', { id: zhao.id });
  return { app, service, clock, account, wang, zhao, li };
}

describe('getAccountMapAsOf', () => {
  it('shows the account as it was that day, with that day’s scores, and today as today', async () => {
    const { service, account, wang, zhao } = await threeDays();
    const day1 = await call(service, 'getAccountMapAsOf', { accountId: account.id, day: '2026-03-01' });
    expect(day1.isToday).toBe(false);
    expect(day1.people.map((p) => [p.name, p.stance])).toEqual([['Wang Li', 'neutral'], ['Zhao Min', 'skeptic']]);
    expect(day1.relationships).toHaveLength(1);
    // Zhao influences Wang on day 1, so Zhao's score has a network part via Wang.
    const zhaoScore = day1.scores.find((s) => s.personId === zhao.id)!;
    expect(zhaoScore.parts.some((p) => p.kind === 'network' && p.via?.personId === wang.id)).toBe(true);
    const today = await call(service, 'getAccountMapAsOf', { accountId: account.id, day: '2026-03-03' });
    expect(today.isToday).toBe(true);
    expect(today.people.map((p) => [p.name, p.stance])).toEqual([['Wang Li', 'ally'], ['Li Na', 'supporter']]);
    expect(today.relationships).toEqual([]);
    expect(today.scores.map((s) => s.personId)).toEqual(today.people.map((p) => p.id));
  });

  it('keeps today’s saved positions for the people who were there', async () => {
    const { service, account, wang, zhao, li } = await threeDays();
    await call(service, 'savePositions', { accountId: account.id, layout: 'saved', positions: [{ personId: wang.id, x: 10, y: 20 }, { personId: li.id, x: 1, y: 2 }] });
    const day1 = await call(service, 'getAccountMapAsOf', { accountId: account.id, day: '2026-03-01' });
    expect(day1.positions).toEqual([{ personId: wang.id, x: 10, y: 20 }]);
    expect(day1.people.some((p) => p.id === zhao.id)).toBe(true);
  });

  it('refuses a day before the account existed, a future day, a malformed day and an unknown account', async () => {
    const { service, account } = await threeDays();
    expect(await callError(service, 'getAccountMapAsOf', { accountId: account.id, day: '2026-02-28' })).toMatchObject({
      code: 'validation',
      messageKey: 'error.history.beforeAccountCreated',
      params: { firstDay: '2026-03-01' },
    });
    expect(await callError(service, 'getAccountMapAsOf', { accountId: account.id, day: '2026-03-04' })).toMatchObject({
      messageKey: 'error.history.futureDay',
      params: { today: '2026-03-03' },
    });
    for (const day of ['2026-02-30', '3 March', '', 20260301]) {
      expect(await callError(service, 'getAccountMapAsOf', { accountId: account.id, day })).toMatchObject({ code: 'validation', messageKey: 'error.date.invalid' });
    }
    expect(await callError(service, 'getAccountMapAsOf', { accountId: 'nope', day: '2026-03-01' })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.account' });
  });
});

describe('getSupportSeries', () => {
  it('gives one point per day from the first day to today', async () => {
    const { service, account, wang } = await threeDays();
    const s = await call(service, 'getSupportSeries', { accountId: account.id });
    expect(s).toMatchObject({ firstDay: '2026-03-01', from: '2026-03-01', to: '2026-03-03', weighting: 'ratings' });
    expect(s.points.map((p) => [p.day, p.people, p.supportBase, p.allies])).toEqual([
      ['2026-03-01', 2, 0, 0],
      ['2026-03-02', 3, 2, 1],
      ['2026-03-03', 2, 2, 1],
    ]);
    expect(s.points[1]!.topDecisionMaker).toEqual({ personId: wang.id, name: 'Wang Li', stance: 'ally', met: true });
    expect(s.points[1]!.events).toContainEqual({ kind: 'stance-changed', personId: wang.id, name: 'Wang Li', from: 'neutral', to: 'ally' });
    expect(s.points[2]!.events).toEqual([expect.objectContaining({ kind: 'person-removed', name: 'Zhao Min', stance: 'skeptic' })]);
    // Ratings weights (expertise and access not rated count as 3; Wang is the top decision-maker, so his
    // role counts as a decision-maker's and his access as full): Wang (ally) 30+20+9+15 = 74,
    // Li (supporter) 18+2+9+9 = 38 → (2·74 + 38) / 112 × 50.
    expect(s.points[2]!.netSupport).toBe(83);
  });

  it('starts at the first day even when asked for an earlier range, and honours to', async () => {
    const { service, account } = await threeDays();
    const s = await call(service, 'getSupportSeries', { accountId: account.id, from: '2025-12-01', to: '2026-03-02' });
    expect(s.points.map((p) => p.day)).toEqual(['2026-03-01', '2026-03-02']);
  });

  it('refuses from > to, a future `to`, and an unknown account', async () => {
    const { service, account } = await threeDays();
    expect(await callError(service, 'getSupportSeries', { accountId: account.id, from: '2026-03-03', to: '2026-03-02' })).toMatchObject({
      messageKey: 'error.history.rangeReversed',
      issues: [{ path: 'from', messageKey: 'error.history.rangeReversed' }],
    });
    expect(await callError(service, 'getSupportSeries', { accountId: account.id, to: '2027-01-01' })).toMatchObject({ messageKey: 'error.history.futureDay' });
    expect(await callError(service, 'getSupportSeries', { accountId: 'nope' })).toMatchObject({ code: 'not-found' });
    expect(await callError(service, 'getSupportSeries', { accountId: account.id, extra: 1 })).toMatchObject({ code: 'validation' });
  });
});

describe('getChanges', () => {
  it('lists who joined, left, moved, was added or removed between two days', async () => {
    const { service, account, wang, zhao, li } = await threeDays();
    const c = await call(service, 'getChanges', { accountId: account.id, from: '2026-03-01', to: '2026-03-03' });
    expect(c.supportBase).toEqual({ from: 0, to: 2, delta: 2 });
    expect(c.joined).toEqual([
      { personId: li.id, name: 'Li Na', from: null, to: 'supporter' },
      { personId: wang.id, name: 'Wang Li', from: 'neutral', to: 'ally' },
    ]);
    expect(c.left).toEqual([]);
    expect(c.stanceMoves).toEqual([{ personId: wang.id, name: 'Wang Li', from: 'neutral', to: 'ally' }]);
    expect(c.added.map((m) => m.name)).toEqual(['Li Na']);
    expect(c.removed).toEqual([{ personId: zhao.id, name: 'Zhao Min', from: 'skeptic', to: null }]);
  });

  it('ranks score changes and respects the limit', async () => {
    const { service, account, wang, clock } = await threeDays();
    clock.set(new Date(2026, 2, 3, 15, 0));
    await call(service, 'updatePerson', { id: wang.id, patch: { authority: 1 } });
    const c = await call(service, 'getChanges', { accountId: account.id, from: '2026-03-02', to: '2026-03-03', limit: 1 });
    expect(c.scoreChanges).toHaveLength(1);
    // Authority 5 → 1 is 4 steps of 6 points.
    expect(c.scoreChanges[0]).toMatchObject({ personId: wang.id, name: 'Wang Li', delta: -24 });
  });

  it('counts everyone as added when `from` is before the account existed, and refuses bad ranges', async () => {
    const { service, account } = await threeDays();
    const c = await call(service, 'getChanges', { accountId: account.id, from: '2026-01-01', to: '2026-03-01' });
    expect(c.added.map((m) => m.name)).toEqual(['Wang Li', 'Zhao Min']);
    expect(await callError(service, 'getChanges', { accountId: account.id, from: '2026-03-03', to: '2026-03-01' })).toMatchObject({ messageKey: 'error.history.rangeReversed' });
    expect(await callError(service, 'getChanges', { accountId: account.id, from: '2026-03-01', to: '2026-03-09' })).toMatchObject({ messageKey: 'error.history.futureDay' });
    expect(await callError(service, 'getChanges', { accountId: account.id, from: '2026-13-01', to: '2026-03-01' })).toMatchObject({ messageKey: 'error.date.invalid' });
    expect(await callError(service, 'getChanges', { accountId: account.id, from: '2026-03-01', to: '2026-03-02', limit: 0 })).toMatchObject({ code: 'validation' });
  });
});

describe('getSupportTrends', () => {
  it('gives each account its 30-day direction, delta and sparkline', async () => {
    const { service, clock, account, wang } = await threeDays();
    const quiet = await call(service, 'createAccount', { name: 'Quiet' });
    clock.set(new Date(2026, 3, 20, 9, 0));
    await call(service, 'updatePerson', { id: wang.id, patch: { stance: 'opponent' } });
    const trends = await call(service, 'getSupportTrends', {});
    const mine = trends.find((t) => t.accountId === account.id)!;
    // 2026-03-21 (30 days ago): Wang and Li in the base; today only Li.
    expect(mine).toMatchObject({ direction: 'down', delta30: -1, supportBase: 1, sparklineFrom: '2026-03-01' });
    expect(mine.sparkline).toHaveLength(51);
    expect(trends.find((t) => t.accountId === quiet.id)).toMatchObject({ direction: 'flat', delta30: 0, supportBase: 0 });
  });

  it('leaves archived accounts out unless asked', async () => {
    const { service, account } = await threeDays();
    await call(service, 'setAccountArchived', { id: account.id, archived: true });
    expect(await call(service, 'getSupportTrends', {})).toEqual([]);
    expect(await call(service, 'getSupportTrends', { includeArchived: true })).toHaveLength(1);
  });
});

describe('history reads', () => {
  it('scan the (account_id, day, seq) index without sorting', () => {
    const { store } = openTestApp();
    const plan = store.db
      .prepare("EXPLAIN QUERY PLAN SELECT seq FROM history WHERE account_id = ? AND day <= ? ORDER BY day, seq")
      .all('a', '2026-01-01') as Array<{ detail: string }>;
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toContain('history_account_day');
    expect(details).not.toContain('TEMP B-TREE');
  });
});

describe('the sample account', () => {
  it('has a history that rebuilds today’s map exactly, and a series over its past', async () => {
    const { service } = openTestApp({ seedSample: true });
    const [sample] = await call(service, 'listAccounts', {});
    const live = await call(service, 'getAccountMap', { accountId: sample!.id });
    const series = await call(service, 'getSupportSeries', { accountId: sample!.id });
    expect(series.points.length).toBeGreaterThan(60);
    const today = series.to;
    const asOf = await call(service, 'getAccountMapAsOf', { accountId: sample!.id, day: today });
    expect({ account: asOf.account, people: asOf.people, relationships: asOf.relationships }).toEqual({
      account: live.account,
      people: live.people,
      relationships: live.relationships,
    });
    expect(series.points.at(-1)!.supportBase).toBe(sample!.supportBaseCount);
    // The sample's support base moved over time, so the chart has something to show.
    expect(new Set(series.points.map((p) => p.supportBase)).size).toBeGreaterThan(1);
  });
});
