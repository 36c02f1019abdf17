// Bad input to the visit calls: a typed error naming the field, and nothing written.
import { describe, expect, it } from 'vitest';
import { callError, openTestApp } from '../service/helpers';
import { allCounts, loggedVisit, TODAY, visitFixture } from './helpers';

describe('visit input is checked before anything is written', () => {
  it('refuses malformed fields with the schema’s typed errors', async () => {
    const { app, accountId, people } = await visitFixture();
    const ids = [people[0]!.id];
    const before = allCounts(app);
    const refuse = (over: Record<string, unknown>) => callError(app.service, 'createVisit', { ...loggedVisit(accountId, ids), ...over });
    expect(await refuse({ date: '2026-02-30' })).toMatchObject({ code: 'validation', messageKey: 'error.date.invalid', issues: [{ path: 'date' }] });
    expect(await refuse({ kind: 'lunch' })).toMatchObject({ code: 'validation', messageKey: 'error.enum.visitKind' });
    expect(await refuse({ attendees: [] })).toMatchObject({ code: 'validation', messageKey: 'error.visit.attendeesRequired', issues: [{ path: 'attendees' }] });
    expect(await refuse({ attendees: [{ personId: ids[0] }, { personId: ids[0] }] })).toMatchObject({ messageKey: 'error.visit.duplicateAttendee' });
    expect(await refuse({ attendees: [{ personId: ids[0], stanceAfter: 'friendly' }] })).toMatchObject({ messageKey: 'error.enum.stance', issues: [{ path: 'attendees.0.stanceAfter' }] });
    expect(await refuse({ nextStep: { what: '   ', due: '2026-03-17', owner: 'us' } })).toMatchObject({ messageKey: 'error.text.empty', issues: expect.arrayContaining([expect.objectContaining({ path: 'nextStep.what' })]) });
    expect(await refuse({ nextStep: { what: 'x'.repeat(501), due: '2026-03-17', owner: 'us' } })).toMatchObject({ messageKey: 'error.text.tooLong' });
    expect(await refuse({ nextStep: { what: 'Call', due: '2026-03-17', owner: 'nobody' } })).toMatchObject({ messageKey: 'error.enum.nextStepOwner' });
    expect(await refuse({ noNextStep: { reason: 'Contract signed' } })).toMatchObject({ messageKey: 'error.visit.nextStepAndNoNextStep', issues: [{ path: 'noNextStep' }] });
    expect(await refuse({ cost: { travel: { amount: -5, currency: 'CNY' } } })).toMatchObject({ messageKey: 'error.visit.amountInvalid' });
    expect(await refuse({ cost: { samples: { amount: 5, currency: 'yuan' } } })).toMatchObject({ messageKey: 'error.visit.currencyInvalid' });
    expect(await refuse({ cost: { hours: Number.NaN } })).toMatchObject({ messageKey: 'error.visit.hoursInvalid' });
    expect(await refuse({ objective: 'a\u0007b' })).toMatchObject({ messageKey: 'error.text.controlChars' });
    expect(await refuse({ learned: 'x'.repeat(10_001) })).toMatchObject({ messageKey: 'error.text.tooLong' });
    expect(await refuse({ surprise: 1 })).toMatchObject({ code: 'validation' });
    expect(allCounts(app)).toEqual(before);
  });

  it('refuses what only the database and today can tell, with typed errors, writing nothing', async () => {
    const { app, accountId, people } = await visitFixture();
    const other = await visitFixture(app);
    const ids = [people[0]!.id];
    const before = allCounts(app);
    const refuse = (over: Record<string, unknown>) => callError(app.service, 'createVisit', { ...loggedVisit(accountId, ids), ...over });
    expect(await refuse({ accountId: 'nope' })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.account' });
    expect(await refuse({ attendees: [{ personId: 'ghost' }] })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.person' });
    expect(await refuse({ attendees: [{ personId: ids[0] }, { personId: other.people[0]!.id }] })).toMatchObject({
      code: 'validation',
      messageKey: 'error.visit.attendeeNotInAccount',
      issues: [{ path: 'attendees.1.personId' }],
    });
    expect(await refuse({ budgetOwnerId: other.people[1]!.id })).toMatchObject({ messageKey: 'error.visit.budgetOwnerNotInAccount', issues: [{ path: 'budgetOwnerId' }] });
    expect(await refuse({ nextStep: undefined })).toMatchObject({ code: 'validation', messageKey: 'error.visit.nextStepRequired', issues: [{ path: 'nextStep' }] });
    expect(await refuse({ nextStep: null, noNextStep: null })).toMatchObject({ messageKey: 'error.visit.nextStepRequired' });
    expect(await refuse({ nextStep: { what: 'Call', due: '2026-03-01', owner: 'us' } })).toMatchObject({ messageKey: 'error.visit.nextStepBeforeVisit', params: { date: TODAY } });
    expect(await refuse({ status: 'logged', date: '2026-03-11' })).toMatchObject({ messageKey: 'error.visit.loggedInFuture', params: { today: TODAY } });
    // A plan (future date) cannot carry an outcome or change a stance yet.
    expect(await refuse({ date: '2026-03-20' })).toMatchObject({ messageKey: 'error.visit.plannedHasOutcome' });
    expect(await refuse({ date: '2026-03-20', nextStep: undefined, attendees: [{ personId: ids[0], stanceAfter: 'ally' }] })).toMatchObject({
      messageKey: 'error.visit.plannedStance',
      issues: [{ path: 'attendees.0.stanceAfter' }],
    });
    expect(allCounts(app)).toEqual(before);
    expect(app.store.people.get(ids[0]!)).toMatchObject({ met: false, stance: 'skeptic' });
  });

  it('checks the other visit calls the same way', async () => {
    const app = openTestApp();
    const before = allCounts(app);
    expect(await callError(app.service, 'updateVisit', { id: 'nope', patch: {} })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.visit' });
    expect(await callError(app.service, 'deleteVisit', { id: 'nope' })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.visit' });
    expect(await callError(app.service, 'completeNextStep', { visitId: 'nope', done: true })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.visit' });
    expect(await callError(app.service, 'listVisits', { accountId: 'nope' })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.account' });
    expect(await callError(app.service, 'listNextSteps', { dueBefore: '2026-13-01' })).toMatchObject({ messageKey: 'error.date.invalid' });
    expect(await callError(app.service, 'setYearlyPurchases', { accountId: 'nope', yearly: [], judgement: null })).toMatchObject({ code: 'not-found' });
    expect(allCounts(app)).toEqual(before);
  });
});
