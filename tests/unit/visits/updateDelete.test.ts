// Changing a visit: logging a plan (which then changes the map), editing fields, swapping the next
// step for a reason, and deleting (the map keeps what the visit changed).
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain/model';
import { call, callError } from '../service/helpers';
import { loggedVisit, TODAY, visitFixture } from './helpers';

describe('updateVisit', () => {
  it('logs a planned visit: attendees met, stance applied, next step required', async () => {
    const { app, accountId, people } = await visitFixture();
    const [wang, li] = people as [Person, Person];
    const { nextStep: _n, ...plan } = loggedVisit(accountId, [wang.id], '2026-03-10');
    const { visit: planned } = await call(app.service, 'createVisit', { ...plan, status: 'planned', objective: 'Meet the director' });
    expect(planned.status).toBe('planned');
    expect(await callError(app.service, 'updateVisit', { id: planned.id, patch: { status: 'logged' } })).toMatchObject({ messageKey: 'error.visit.nextStepRequired', issues: [{ path: 'patch.nextStep' }] });
    const { visit, people: changed } = await call(app.service, 'updateVisit', {
      id: planned.id,
      patch: {
        status: 'logged',
        attendees: [{ personId: wang.id, stanceAfter: 'supporter', needs: 'Fewer stock-outs' }, { personId: li.id }],
        learned: 'They review suppliers in April',
        nextStep: { what: 'Send references', due: '2026-03-15', owner: 'us' },
      },
    });
    expect(visit).toMatchObject({ status: 'logged', objective: 'Meet the director', learned: 'They review suppliers in April' });
    expect(visit.attendees.map((a) => [a.personId, a.stanceBefore, a.stanceAfter, a.needs])).toEqual([
      [wang.id, 'skeptic', 'supporter', 'Fewer stock-outs'],
      [li.id, 'neutral', null, ''],
    ]);
    expect(changed.map((p) => p.name).sort()).toEqual(['Li Na', 'Wang Li']);
    expect(app.store.people.get(wang.id)).toMatchObject({ stance: 'supporter', met: true, lastContact: TODAY });
    expect(app.store.visits.get(visit.id)).toEqual(visit);
  });

  it('edits fields without touching the map again, swaps the next step for a reason, keeps done flags on an edited step', async () => {
    const { app, accountId, people } = await visitFixture();
    const { visit } = await call(app.service, 'createVisit', loggedVisit(accountId, [people[0]!.id]));
    await call(app.service, 'completeNextStep', { visitId: visit.id, done: true });
    // The rep changes the stance by hand afterwards; editing the visit's notes must not undo that.
    await call(app.service, 'updatePerson', { id: people[0]!.id, patch: { stance: 'opponent' } });
    const edited = await call(app.service, 'updateVisit', { id: visit.id, patch: { learned: 'More', nextStep: { what: 'Send the trial-order proposal v2', due: '2026-03-18', owner: 'us' } } });
    expect(edited.people).toEqual([]);
    expect(edited.visit.nextStep).toEqual({ what: 'Send the trial-order proposal v2', due: '2026-03-18', owner: 'us', done: true, doneOn: TODAY });
    expect(app.store.people.get(people[0]!.id)!.stance).toBe('opponent');
    const swapped = await call(app.service, 'updateVisit', { id: visit.id, patch: { noNextStep: { reason: 'They will call us' } } });
    expect(swapped.visit).toMatchObject({ nextStep: null, noNextStepReason: 'They will call us' });
    expect(await callError(app.service, 'updateVisit', { id: visit.id, patch: { noNextStep: null } })).toMatchObject({ messageKey: 'error.visit.nextStepRequired' });
    // Saving the same again writes nothing.
    const rows = app.store.history.count();
    await call(app.service, 'updateVisit', { id: visit.id, patch: { learned: 'More' } });
    expect(app.store.history.count()).toBe(rows);
  });
});

describe('deleteVisit', () => {
  it('removes the visit and its attendees; the people keep met, last contact and stance; history says when', async () => {
    const { app, accountId, people } = await visitFixture();
    const input = loggedVisit(accountId, [people[0]!.id, people[1]!.id]);
    input.attendees[0]!.stanceAfter = 'ally';
    const { visit } = await call(app.service, 'createVisit', input);
    await call(app.service, 'deleteVisit', { id: visit.id });
    expect(await call(app.service, 'listVisits', { accountId })).toEqual([]);
    expect(app.store.db.prepare('SELECT count(*) AS n FROM visit_attendees').get()).toEqual({ n: 0 });
    expect(app.store.people.get(people[0]!.id)).toMatchObject({ stance: 'ally', met: true, lastContact: TODAY });
    expect(app.store.history.listByEntity(visit.id).map((r) => r.op)).toEqual(['create', 'delete']);
    expect(await callError(app.service, 'deleteVisit', { id: visit.id })).toMatchObject({ code: 'not-found' });
  });

  it('a person deleted from the map drops out of the visits they attended; the visit stays', async () => {
    const { app, accountId, people } = await visitFixture();
    const { visit } = await call(app.service, 'createVisit', { ...loggedVisit(accountId, [people[0]!.id, people[1]!.id]), budgetOwnerId: people[0]!.id });
    await call(app.service, 'deletePerson', { id: people[0]!.id });
    const [stored] = await call(app.service, 'listVisits', { accountId });
    expect(stored!.attendees.map((a) => a.personId)).toEqual([people[1]!.id]);
    expect(stored!.budgetOwnerId).toBeNull();
    const asOfToday = await call(app.service, 'getAccountMapAsOf', { accountId, day: TODAY });
    expect(asOfToday.visits.map((v) => [v.id, v.attendees.map((a) => a.personId), v.budgetOwnerId])).toEqual([[visit.id, [people[1]!.id], null]]);
  });
});
