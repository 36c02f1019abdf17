// getVisitPlan through the real service and a real SQLite file: the plan for the next planned visit
// (or the one asked for) from the same data as getCoaching, and the typed errors.
import { describe, expect, it } from 'vitest';
import { call, callError, openTestApp } from '../service/helpers';

async function planned() {
  const { service, clock } = openTestApp();
  clock.set(new Date(2026, 2, 10, 9, 0));
  const account = await call(service, 'createAccount', { name: 'BabyJoy' });
  const { person: wang } = await call(service, 'createPerson', { accountId: account.id, name: '王丽', isTopDecisionMaker: true, authority: 5, buyingRole: 'decision-maker' });
  const { person: li } = await call(service, 'createPerson', { accountId: account.id, name: '李强', stance: 'ally', met: true });
  const { person: sun } = await call(service, 'createPerson', { accountId: account.id, name: '孙美华', stance: 'skeptic', authority: 5, expertise: 5, accessToTop: 5, buyingRole: 'approver' });
  await call(service, 'createRelationship', { accountId: account.id, fromId: li.id, toId: wang.id, type: 'reports-to' });
  const later = await call(service, 'createVisit', { accountId: account.id, date: '2026-03-20', kind: 'visit', attendees: [{ personId: li.id }], objective: 'Later' });
  const soon = await call(service, 'createVisit', { accountId: account.id, date: '2026-03-12', kind: 'visit', attendees: [{ personId: li.id }, { personId: sun.id }], objective: 'Understand the stock-out problem' });
  return { service, clock, account, wang, li, sun, later: later.visit, soon: soon.visit };
}

describe('getVisitPlan', () => {
  it('plans the next planned visit: whom to see and why, with names and the way in', async () => {
    const { service, account, wang, li, sun, soon } = await planned();
    const plan = await call(service, 'getVisitPlan', { accountId: account.id });
    expect(plan.visit).toMatchObject({ id: soon.id, date: '2026-03-12', objective: 'Understand the stock-out problem', attendees: [{ name: '李强' }, { name: '孙美华' }] });
    expect(plan.see.find((s) => s.reason === 'topDecisionMaker')).toMatchObject({ personId: wang.id, via: [{ personId: li.id, name: '李强' }], attending: false });
    expect(plan.see.find((s) => s.reason === 'against')).toMatchObject({ personId: sun.id, attending: true });
    expect(plan.firstVisit).toBe(true);
    expect(plan.reminders).toContain('fiveMinutesProduct');
    expect(plan.findOut.map((f) => f.id)).toEqual(['needBehindNeed', 'budget', 'budgetProcess']);
  });

  it('agrees with getCoaching: the same people behind the same reasons', async () => {
    const { service, account } = await planned();
    const [plan, coaching] = await Promise.all([call(service, 'getVisitPlan', { accountId: account.id }), call(service, 'getCoaching', { accountId: account.id })]);
    const tdm = coaching.warnings.find((w) => w.id === 'topDecisionMakerNotMet')!;
    const seeTop = plan.see.find((s) => s.reason === 'topDecisionMaker')!;
    expect([seeTop.personId]).toEqual(tdm.people!.name);
    expect(seeTop.via!.map((v) => v.personId)).toEqual(tdm.people!.via);
    const against = coaching.warnings.find((w) => w.id === 'highInfluenceAgainst')!;
    expect(plan.see.filter((s) => s.reason === 'against').map((s) => s.personId)).toEqual(against.people!.names);
  });

  it('plans the visit asked for; after a logged visit it is no longer a first visit', async () => {
    const { service, account, li, later, clock } = await planned();
    clock.set(new Date(2026, 2, 11, 9, 0));
    await call(service, 'createVisit', { accountId: account.id, date: '2026-03-11', kind: 'call', attendees: [{ personId: li.id, needs: 'Fewer stock-outs' }], nextStep: { what: 'Send terms', due: '2026-03-15', owner: 'us' } });
    const plan = await call(service, 'getVisitPlan', { accountId: account.id, visitId: later.id });
    expect(plan.visit?.id).toBe(later.id);
    expect(plan.firstVisit).toBe(false);
    expect(plan.reminders).not.toContain('fiveMinutesProduct');
  });

  it('answers a plan without a visit when the account has none planned', async () => {
    const { service } = openTestApp();
    const account = await call(service, 'createAccount', { name: 'Empty' });
    const plan = await call(service, 'getVisitPlan', { accountId: account.id });
    expect(plan).toMatchObject({ visit: null, see: [], firstVisit: true, stage: 'establish' });
  });

  it('refuses an unknown account or visit, a logged visit and a visit of another account, with typed errors', async () => {
    const { service, account, li, soon } = await planned();
    expect(await callError(service, 'getVisitPlan', { accountId: 'nope' })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.account' });
    expect(await callError(service, 'getVisitPlan', { accountId: account.id, visitId: 'nope' })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.visit' });
    const other = await call(service, 'createAccount', { name: 'Other' });
    expect(await callError(service, 'getVisitPlan', { accountId: other.id, visitId: soon.id })).toMatchObject({ code: 'validation', messageKey: 'error.visit.planOtherAccount' });
    const held = await call(service, 'createVisit', { accountId: account.id, date: '2026-03-10', kind: 'visit', attendees: [{ personId: li.id }], noNextStep: { reason: 'Intro only' } });
    expect(await callError(service, 'getVisitPlan', { accountId: account.id, visitId: held.visit.id })).toMatchObject({ code: 'conflict', messageKey: 'error.visit.planNotPlanned' });
    expect(await callError(service, 'getVisitPlan', { accountId: account.id, extra: 1 })).toMatchObject({ code: 'validation' });
  });
});
