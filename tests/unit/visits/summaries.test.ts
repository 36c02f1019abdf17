// The accounts list's visit line (listVisitSummaries): last visit held, the next step due first, and
// how many are overdue — from one query, matching the pure helpers over listVisits.
import { describe, expect, it } from 'vitest';
import { nextDueStep } from '../../../shared/visits/agenda';
import { lastVisit } from '../../../shared/visits/history';
import { call, callError, openTestApp } from '../service/helpers';
import { loggedVisit, TODAY, visitFixture } from './helpers';

type Fixture = Awaited<ReturnType<typeof visitFixture>>;

const log = async (f: Fixture, date: string, what: string, due: string, owner: 'us' | 'them' = 'us') =>
  (await call(f.app.service, 'createVisit', { ...loggedVisit(f.accountId, [f.people[0]!.id], date), nextStep: { what, due, owner } })).visit;

describe('listVisitSummaries', () => {
  it('gives each account its last visit and its open next step due first, with the service today and the overdue count', async () => {
    const app = openTestApp();
    const a = await visitFixture(app);
    const b = await visitFixture(app);
    const empty = await visitFixture(app);
    await log(a, '2026-03-02', 'Bring a sample', '2026-03-05');
    const a2 = await log(a, '2026-03-03', 'Call the buyer', '2026-03-04', 'them');
    const a3 = await log(a, '2026-03-08', 'Invite to a site visit', '2026-03-20');
    // A plan (future date, no outcome) is not "the last visit".
    await call(app.service, 'createVisit', { accountId: a.accountId, date: '2026-03-25', kind: 'visit', attendees: [{ personId: a.people[1]!.id }] });
    const b1 = await log(b, '2026-03-09', 'Send the price list', '2026-03-12');
    await call(app.service, 'completeNextStep', { visitId: b1.id, done: true });
    const b2 = await log(b, '2026-03-09', 'Due today', TODAY);

    const { today, accounts } = await call(app.service, 'listVisitSummaries', {});
    expect(today).toBe(TODAY);
    const byId = new Map(accounts.map((s) => [s.accountId, s]));
    expect(byId.has(empty.accountId)).toBe(false);
    expect(byId.get(a.accountId)).toEqual({
      accountId: a.accountId,
      lastVisitDate: '2026-03-08',
      nextStep: { visitId: a2.id, what: 'Call the buyer', due: '2026-03-04', owner: 'them' },
      overdueSteps: 2,
    });
    // A done step is not next; due today is not overdue.
    expect(byId.get(b.accountId)).toEqual({
      accountId: b.accountId,
      lastVisitDate: '2026-03-09',
      nextStep: { visitId: b2.id, what: 'Due today', due: TODAY, owner: 'us' },
      overdueSteps: 0,
    });
    await call(app.service, 'completeNextStep', { visitId: b2.id, done: true });
    // With every step done the visit still counts as held.
    expect((await call(app.service, 'listVisitSummaries', {})).accounts.find((s) => s.accountId === b.accountId)).toEqual({
      accountId: b.accountId,
      lastVisitDate: '2026-03-09',
      nextStep: null,
      overdueSteps: 0,
    });

    await call(app.service, 'completeNextStep', { visitId: a2.id, done: true });
    await call(app.service, 'completeNextStep', { visitId: (await call(app.service, 'listNextSteps', {}))[0]!.visitId, done: true });
    const after = (await call(app.service, 'listVisitSummaries', {})).accounts.find((s) => s.accountId === a.accountId);
    expect(after).toMatchObject({ nextStep: { visitId: a3.id, due: '2026-03-20' }, overdueSteps: 0 });
  });

  it('breaks a tie on the due date by the earlier visit, and keeps archived accounts (the list may show them)', async () => {
    const f = await visitFixture();
    await log(f, '2026-03-06', 'Later visit', '2026-03-15');
    const first = await log(f, '2026-03-04', 'Earlier visit', '2026-03-15');
    await call(f.app.service, 'setAccountArchived', { id: f.accountId, archived: true });
    const [summary] = (await call(f.app.service, 'listVisitSummaries', {})).accounts;
    expect(summary).toMatchObject({ accountId: f.accountId, nextStep: { visitId: first.id, what: 'Earlier visit' }, lastVisitDate: '2026-03-06' });
  });

  it('agrees with the pure helpers over listVisits for every account (visits without a next step included)', async () => {
    const app = openTestApp();
    const fixtures = [await visitFixture(app), await visitFixture(app), await visitFixture(app)];
    const days = ['2026-03-01', '2026-03-03', '2026-03-05', '2026-03-07', '2026-03-09', TODAY];
    for (const [i, f] of fixtures.entries()) {
      for (const [j, day] of days.entries()) {
        if ((i + j) % 3 === 0) {
          await call(app.service, 'createVisit', { ...loggedVisit(f.accountId, [f.people[j % 4]!.id], day), nextStep: undefined, noNextStep: { reason: 'Signed' } });
        } else {
          const due = ['2026-03-09', '2026-03-11', '2026-03-30'][(i * j) % 3]!;
          const v = await log(f, day, `Step ${i}.${j}`, due < day ? day : due);
          if ((i + j) % 4 === 1) await call(app.service, 'completeNextStep', { visitId: v.id, done: true });
        }
      }
    }
    const { accounts } = await call(app.service, 'listVisitSummaries', {});
    for (const f of fixtures) {
      const visits = await call(app.service, 'listVisits', { accountId: f.accountId });
      const next = nextDueStep(visits);
      const open = visits.filter((v) => v.nextStep && !v.nextStep.done);
      expect(accounts.find((s) => s.accountId === f.accountId)).toEqual({
        accountId: f.accountId,
        lastVisitDate: lastVisit(visits)?.date ?? null,
        nextStep: next ? { visitId: next.visit.id, what: next.nextStep.what, due: next.nextStep.due, owner: next.nextStep.owner } : null,
        overdueSteps: open.filter((v) => v.nextStep!.due < TODAY).length,
      });
    }
  });

  it('takes no input', async () => {
    const app = openTestApp();
    expect(await callError(app.service, 'listVisitSummaries', { accountId: 'x' })).toMatchObject({ code: 'validation' });
  });
});
