// The agenda across accounts: open next steps by due date, filters, archived accounts left out,
// and completing a step.
import { describe, expect, it } from 'vitest';
import { call, callError, openTestApp } from '../service/helpers';
import { loggedVisit, TODAY, visitFixture } from './helpers';

async function twoAccounts() {
  const app = openTestApp();
  const a = await visitFixture(app);
  const b = await visitFixture(app);
  await call(app.service, 'updateAccount', { id: b.accountId, patch: { name: 'Acme' } });
  const log = async (f: typeof a, personIds: string[], date: string, what: string, due: string, owner: 'us' | 'them' = 'us') =>
    (await call(app.service, 'createVisit', { ...loggedVisit(f.accountId, personIds, date), nextStep: { what, due, owner } })).visit;
  const v1 = await log(a, [a.people[0]!.id, a.people[1]!.id], '2026-03-02', 'Bring a sample', '2026-03-05');
  const v2 = await log(b, [b.people[2]!.id], '2026-03-03', 'Send the price list', '2026-03-20', 'them');
  const v3 = await log(a, [a.people[3]!.id], '2026-03-08', 'Invite to a site visit', '2026-03-12');
  const v4 = await log(b, [b.people[0]!.id], '2026-03-09', 'Bring an engineer', '2026-03-12');
  return { app, a, b, v1, v2, v3, v4 };
}

describe('listNextSteps', () => {
  it('lists open steps across accounts by due date (then account name), with account and people names', async () => {
    const { app, a, b, v1, v2, v3, v4 } = await twoAccounts();
    const steps = await call(app.service, 'listNextSteps', {});
    expect(steps.map((s) => [s.visitId, s.due, s.accountName])).toEqual([
      [v1.id, '2026-03-05', 'BabyJoy'],
      [v4.id, '2026-03-12', 'Acme'],
      [v3.id, '2026-03-12', 'BabyJoy'],
      [v2.id, '2026-03-20', 'Acme'],
    ]);
    expect(steps[0]).toEqual({
      visitId: v1.id,
      accountId: a.accountId,
      accountName: 'BabyJoy',
      visitDate: '2026-03-02',
      visitKind: 'visit',
      what: 'Bring a sample',
      due: '2026-03-05',
      owner: 'us',
      done: false,
      doneOn: null,
      people: [
        { personId: a.people[0]!.id, name: 'Wang Li' },
        { personId: a.people[1]!.id, name: 'Li Na' },
      ],
    });
    expect(steps[3]).toMatchObject({ accountId: b.accountId, owner: 'them' });
  });

  it('filters by due date (exclusive) and leaves out done steps unless asked, and archived accounts always', async () => {
    const { app, b, v1, v2, v3, v4 } = await twoAccounts();
    expect((await call(app.service, 'listNextSteps', { dueBefore: '2026-03-12' })).map((s) => s.visitId)).toEqual([v1.id]);
    expect((await call(app.service, 'listNextSteps', { dueBefore: '2026-03-13' })).map((s) => s.visitId)).toEqual([v1.id, v4.id, v3.id]);
    await call(app.service, 'completeNextStep', { visitId: v1.id, done: true });
    expect((await call(app.service, 'listNextSteps', {})).map((s) => s.visitId)).toEqual([v4.id, v3.id, v2.id]);
    const all = await call(app.service, 'listNextSteps', { includeDone: true });
    expect(all.map((s) => [s.visitId, s.done, s.doneOn])).toEqual([
      [v1.id, true, TODAY],
      [v4.id, false, null],
      [v3.id, false, null],
      [v2.id, false, null],
    ]);
    await call(app.service, 'setAccountArchived', { id: b.accountId, archived: true });
    expect((await call(app.service, 'listNextSteps', { includeDone: true })).map((s) => s.visitId)).toEqual([v1.id, v3.id]);
  });

  it('leaves out visits without a next step and planned visits', async () => {
    const { app, accountId, people } = await visitFixture();
    await call(app.service, 'createVisit', { ...loggedVisit(accountId, [people[0]!.id]), nextStep: undefined, noNextStep: { reason: 'Signed' } });
    await call(app.service, 'createVisit', { ...loggedVisit(accountId, [people[0]!.id], '2026-04-01'), nextStep: undefined });
    expect(await call(app.service, 'listNextSteps', { includeDone: true })).toEqual([]);
  });
});

describe('completeNextStep', () => {
  it('marks done (today or a given day) and not done again, each change in the history log', async () => {
    const { app, v3 } = await twoAccounts();
    const done = await call(app.service, 'completeNextStep', { visitId: v3.id, done: true, doneOn: '2026-03-09' });
    expect(done.nextStep).toMatchObject({ done: true, doneOn: '2026-03-09' });
    expect(app.store.visits.get(v3.id)!.nextStep).toMatchObject({ done: true, doneOn: '2026-03-09' });
    const undone = await call(app.service, 'completeNextStep', { visitId: v3.id, done: false });
    expect(undone.nextStep).toMatchObject({ done: false, doneOn: null });
    expect(app.store.history.listByEntity(v3.id).map((r) => [r.op, r.day])).toEqual([
      ['create', '2026-03-08'],
      ['update', '2026-03-09'],
      ['update', TODAY],
    ]);
  });

  it('refuses a visit without a next step, a day in the future or before the visit', async () => {
    const { app, v3 } = await twoAccounts();
    const { accountId, people } = await visitFixture(app);
    const { visit } = await call(app.service, 'createVisit', { ...loggedVisit(accountId, [people[0]!.id]), nextStep: undefined, noNextStep: { reason: 'Signed' } });
    expect(await callError(app.service, 'completeNextStep', { visitId: visit.id, done: true })).toMatchObject({ code: 'conflict', messageKey: 'error.visit.noNextStep' });
    expect(await callError(app.service, 'completeNextStep', { visitId: v3.id, done: true, doneOn: '2026-03-11' })).toMatchObject({ code: 'validation', messageKey: 'error.history.futureDay' });
    expect(await callError(app.service, 'completeNextStep', { visitId: v3.id, done: true, doneOn: '2026-03-07' })).toMatchObject({ messageKey: 'error.visit.doneBeforeVisit', issues: [{ path: 'doneOn' }] });
    expect(app.store.visits.get(v3.id)!.nextStep!.done).toBe(false);
  });
});
