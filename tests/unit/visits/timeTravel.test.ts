// Visits in time travel and "what changed": a visit is known from its day on, and the changes between
// two days list the visits held and the next steps agreed, done or due in between.
import { describe, expect, it } from 'vitest';
import { call } from '../service/helpers';
import { loggedVisit, visitFixture } from './helpers';

describe('visits over time', () => {
  it('getAccountMapAsOf carries the visits known at the end of the day, from the visit’s day on', async () => {
    const { app, accountId, people } = await visitFixture();
    // Logged on 03-10 for a visit held on 03-04.
    const { visit } = await call(app.service, 'createVisit', loggedVisit(accountId, [people[0]!.id], '2026-03-04'));
    const asOf = async (day: string) => (await call(app.service, 'getAccountMapAsOf', { accountId, day })).visits;
    expect(await asOf('2026-03-03')).toEqual([]);
    expect(await asOf('2026-03-04')).toEqual([visit]);
    expect(await asOf('2026-03-10')).toEqual([visit]);

    // A plan made today for next week is known from today, not before.
    const { nextStep: _n, ...plan } = loggedVisit(accountId, [people[1]!.id], '2026-03-17');
    const { visit: planned } = await call(app.service, 'createVisit', plan);
    expect((await asOf('2026-03-09')).map((v) => v.id)).toEqual([visit.id]);
    expect((await asOf('2026-03-10')).map((v) => v.id)).toEqual([planned.id, visit.id]);

    // Deleted today: still there yesterday.
    app.clock.advanceDays(1);
    await call(app.service, 'deleteVisit', { id: visit.id });
    expect((await asOf('2026-03-10')).map((v) => v.id)).toEqual([planned.id, visit.id]);
    expect((await asOf('2026-03-11')).map((v) => v.id)).toEqual([planned.id]);
  });

  it('a plan logged later shows as planned before its day and logged from it', async () => {
    const { app, accountId, people } = await visitFixture();
    const { nextStep: _n, ...plan } = loggedVisit(accountId, [people[0]!.id], '2026-03-12');
    const { visit } = await call(app.service, 'createVisit', plan);
    app.clock.set('2026-03-13T09:00:00.000Z');
    await call(app.service, 'updateVisit', { id: visit.id, patch: { status: 'logged', nextStep: { what: 'Call back', due: '2026-03-20', owner: 'them' } } });
    const statusOn = async (day: string) => (await call(app.service, 'getAccountMapAsOf', { accountId, day })).visits.map((v) => v.status);
    expect(await statusOn('2026-03-11')).toEqual(['planned']);
    expect(await statusOn('2026-03-12')).toEqual(['logged']);
    expect(await statusOn('2026-03-13')).toEqual(['logged']);
  });

  it('a plan held earlier than planned is logged from the day it was held, also on the day the plan was made', async () => {
    const { app, accountId, people } = await visitFixture();
    app.clock.set('2026-03-05T09:00:00.000Z');
    const { nextStep: _n, ...plan } = loggedVisit(accountId, [people[0]!.id], '2026-03-12');
    const { visit } = await call(app.service, 'createVisit', plan);
    app.clock.set('2026-03-10T09:00:00.000Z');
    await call(app.service, 'updateVisit', { id: visit.id, patch: { date: '2026-03-03', status: 'logged', nextStep: { what: 'Call back', due: '2026-03-20', owner: 'them' } } });
    const on = async (day: string) => (await call(app.service, 'getAccountMapAsOf', { accountId, day })).visits.map((v) => [v.status, v.date]);
    expect(await on('2026-03-02')).toEqual([]);
    expect(await on('2026-03-03')).toEqual([['logged', '2026-03-03']]);
    // The plan's own row (03-05) must not hide the logged visit from that day on.
    expect(await on('2026-03-05')).toEqual([['logged', '2026-03-03']]);
    expect(await on('2026-03-10')).toEqual([['logged', '2026-03-03']]);
  });

  it('getChanges lists the visits held and the next steps agreed, done or due in the range', async () => {
    const { app, accountId, people } = await visitFixture();
    const [wang, li] = people;
    const early = (await call(app.service, 'createVisit', { ...loggedVisit(accountId, [wang!.id], '2026-03-02'), nextStep: { what: 'Bring a sample', due: '2026-03-06', owner: 'us' } })).visit;
    const inRange = (await call(app.service, 'createVisit', { ...loggedVisit(accountId, [wang!.id, li!.id], '2026-03-08'), nextStep: { what: 'Site visit', due: '2026-03-25', owner: 'them' } })).visit;
    await call(app.service, 'completeNextStep', { visitId: early.id, done: true, doneOn: '2026-03-07' });
    const changes = await call(app.service, 'getChanges', { accountId, from: '2026-03-05', to: '2026-03-10' });
    expect(changes.visits.held.map((h) => [h.visit.id, h.people.map((p) => p.name)])).toEqual([[inRange.id, ['Wang Li', 'Li Na']]]);
    expect(changes.visits.nextSteps.map((s) => [s.visitId, s.events])).toEqual([
      [early.id, ['done', 'due']],
      [inRange.id, ['agreed']],
    ]);
    // The visits' stance and met changes are in the usual lists too.
    expect(changes.added).toEqual([]);
    const before = await call(app.service, 'getChanges', { accountId, from: '2026-03-01', to: '2026-03-04' });
    expect(before.visits.held.map((h) => h.visit.id)).toEqual([early.id]);
    expect(before.visits.nextSteps.map((s) => [s.visitId, s.events])).toEqual([[early.id, ['agreed']]]);
  });
});
