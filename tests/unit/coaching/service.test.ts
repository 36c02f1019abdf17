// getCoaching and getPathsToPerson through the real service and a real SQLite file: the rules on
// today's data, on a past day (asOf: that day's map, visits and purchases), and the errors.
import { describe, expect, it } from 'vitest';
import { call, callError, openTestApp } from '../service/helpers';

/** An account over three local days (1–3 Mar 2026): the top decision-maker met at a visit on day 3. */
async function threeDays() {
  const app = openTestApp();
  const { service, clock } = app;
  clock.set(new Date(2026, 2, 1, 9, 0));
  const account = await call(service, 'createAccount', { name: 'BabyJoy', stage: 'strengthen' });
  const { person: zhou } = await call(service, 'createPerson', { accountId: account.id, name: 'Zhou', isTopDecisionMaker: true, stance: 'neutral', authority: 5 });
  const { person: li } = await call(service, 'createPerson', { accountId: account.id, name: 'Li', stance: 'ally', met: true });
  const { person: wu } = await call(service, 'createPerson', { accountId: account.id, name: 'Wu', stance: 'supporter', met: true });
  await call(service, 'createRelationship', { accountId: account.id, fromId: li.id, toId: zhou.id, type: 'reports-to' });
  clock.set(new Date(2026, 2, 2, 9, 0));
  await call(service, 'updatePerson', { id: wu.id, patch: { stance: 'skeptic' } });
  await call(service, 'setYearlyPurchases', { accountId: account.id, yearly: [{ year: 2024, amount: 10, currency: 'CNY' }, { year: 2025, amount: 8, currency: 'CNY' }], judgement: null });
  clock.set(new Date(2026, 2, 3, 11, 0));
  await call(service, 'createVisit', {
    accountId: account.id, date: '2026-03-03', kind: 'visit', attendees: [{ personId: zhou.id }, { personId: li.id }],
    nextStep: { what: 'Send the trial order terms', due: '2026-03-10', owner: 'us' },
  });
  return { app, service, clock, account, zhou, li, wu };
}

const ids = (c: { warnings: Array<{ id: string }> }) => c.warnings.map((w) => w.id);

describe('getCoaching', () => {
  it('evaluates the shared rules on today’s data, with the stage and its focus', async () => {
    const { service, account } = await threeDays();
    const c = await call(service, 'getCoaching', { accountId: account.id });
    expect(c).toMatchObject({ accountId: account.id, day: '2026-03-03', isToday: true, stage: 'strengthen', focus: ['deepen', 'mutualBenefit', 'growSales'] });
    // Met at the visit; growth fell 10 → 8 last year; the support base lost Wu since day 1.
    expect(ids(c)).not.toContain('topDecisionMakerNotMet');
    expect(ids(c)).not.toContain('neverVisited');
    expect(ids(c)).toEqual(expect.arrayContaining(['supportBaseShrank', 'strengthenNoGrowth', 'fewAllies']));
    expect(c.warnings.find((w) => w.id === 'supportBaseShrank')).toMatchObject({ params: { from: 2, to: 1, names: 'Wu' } });
  });

  it('as of a past day uses that day’s map, visits and purchases', async () => {
    const { service, account, zhou, li } = await threeDays();
    const day1 = await call(service, 'getCoaching', { accountId: account.id, asOf: '2026-03-01' });
    expect(day1).toMatchObject({ day: '2026-03-01', isToday: false });
    // Not met yet, no visit yet, nothing lost yet, purchases not recorded yet. Past "establish": still not met.
    expect(day1.warnings.find((w) => w.id === 'topDecisionMakerStillNotMet')).toMatchObject({ text: 'textStage', people: { name: [zhou.id], via: [li.id] } });
    expect(ids(day1)).toContain('neverVisited');
    expect(ids(day1)).not.toContain('supportBaseShrank');
    expect(ids(day1)).not.toContain('strengthenNoGrowth');
    const day2 = await call(service, 'getCoaching', { accountId: account.id, asOf: '2026-03-02' });
    expect(ids(day2)).toEqual(expect.arrayContaining(['topDecisionMakerStillNotMet', 'neverVisited', 'supportBaseShrank', 'strengthenNoGrowth']));
    // asOf today is today.
    expect(await call(service, 'getCoaching', { accountId: account.id, asOf: '2026-03-03' })).toEqual(await call(service, 'getCoaching', { accountId: account.id }));
  });

  it('follows an edit at once (the series it reads is kept up to date)', async () => {
    const { service, account, wu } = await threeDays();
    expect(ids(await call(service, 'getCoaching', { accountId: account.id }))).toContain('supportBaseShrank');
    await call(service, 'updatePerson', { id: wu.id, patch: { stance: 'supporter' } });
    expect(ids(await call(service, 'getCoaching', { accountId: account.id }))).not.toContain('supportBaseShrank');
  });

  it('refuses a future day, a day before the account existed, an unknown account and bad input', async () => {
    const { service, account } = await threeDays();
    expect(await callError(service, 'getCoaching', { accountId: account.id, asOf: '2026-03-04' })).toMatchObject({ code: 'validation', messageKey: 'error.history.futureDay' });
    expect(await callError(service, 'getCoaching', { accountId: account.id, asOf: '2026-02-28' })).toMatchObject({ messageKey: 'error.history.beforeAccountCreated', params: { firstDay: '2026-03-01' } });
    expect(await callError(service, 'getCoaching', { accountId: 'nope' })).toMatchObject({ code: 'not-found' });
    expect(await callError(service, 'getCoaching', { accountId: account.id, asOf: '3 Mar' })).toMatchObject({ code: 'validation' });
    expect(await callError(service, 'getCoaching', { accountId: account.id, extra: 1 } as never)).toMatchObject({ code: 'validation' });
  });
});

describe('getPathsToPerson', () => {
  it('gives the ranked paths to a person on today’s map, and refuses a person of no account', async () => {
    const { service, account, zhou, li } = await threeDays();
    const paths = await call(service, 'getPathsToPerson', { accountId: account.id, personId: zhou.id });
    expect(paths.map((p) => p.people.map((x) => x.personId))).toEqual([[li.id, zhou.id]]);
    expect(paths[0]!.links[0]).toMatchObject({ type: 'reports-to', forward: true });
    expect(await callError(service, 'getPathsToPerson', { accountId: account.id, personId: 'nobody' })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.person' });
  });
});

describe('getChanges on a young account', () => {
  it('from before the account existed: everyone is new (not a stance move from nothing); from its first day the real moves show', async () => {
    const app = openTestApp();
    const { service, clock } = app;
    clock.set(new Date(2026, 2, 1, 9, 0));
    const account = await call(service, 'createAccount', { name: 'Young' });
    const { person: xu } = await call(service, 'createPerson', { accountId: account.id, name: '许晶', stance: 'ally' });
    clock.set(new Date(2026, 2, 2, 9, 0));
    await call(service, 'createPerson', { accountId: account.id, name: 'Li', stance: 'supporter' });
    clock.set(new Date(2026, 2, 4, 9, 0));
    await call(service, 'updatePerson', { id: xu.id, patch: { stance: 'opponent' } });
    clock.set(new Date(2026, 2, 5, 9, 0));
    const before = await call(service, 'getChanges', { accountId: account.id, from: '2026-02-03', to: '2026-03-05' });
    expect(before.stanceMoves).toEqual([]);
    expect(before.added.map((m) => [m.name, m.from, m.to])).toEqual([['Li', null, 'supporter'], ['许晶', null, 'opponent']]);
    const fromFirst = await call(service, 'getChanges', { accountId: account.id, from: '2026-03-01', to: '2026-03-05' });
    expect(fromFirst.stanceMoves.map((m) => [m.name, m.from, m.to])).toEqual([['许晶', 'ally', 'opponent']]);
    expect(fromFirst.left.map((m) => m.name)).toEqual(['许晶']);
    expect(fromFirst.added.map((m) => m.name)).toEqual(['Li']);
  });
});
