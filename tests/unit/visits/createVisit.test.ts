// Logging a visit keeps the map current in one transaction: attendees met, last contact moved
// forward only, stance changes recorded as person history on the visit's day, a next step required.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain/model';
import { call, callError } from '../service/helpers';
import { allCounts, CREATED, loggedVisit, TODAY, visitFixture } from './helpers';

describe('createVisit', () => {
  it('logs the visit, marks attendees met with last contact = the visit day, applies stances, and answers the changed people', async () => {
    const { app, accountId, people } = await visitFixture();
    const [wang, li, zhao, sun] = people as [Person, Person, Person, Person];
    const input = loggedVisit(accountId, [wang.id, li.id, zhao.id], '2026-03-05');
    input.attendees[0]!.stanceAfter = 'neutral';
    input.attendees[0]!.needs = 'A supplier who manages the category';
    input.attendees[0]!.wants = 'A discount this quarter';
    input.budgetOwnerId = li.id;
    input.budgetFacts = '  12M a year, set in November  ';
    input.cost = { travel: { amount: 800, currency: 'cny' }, hours: 5 };
    const { visit, people: changed } = await call(app.service, 'createVisit', input);

    expect(visit).toMatchObject({ accountId, date: '2026-03-05', status: 'logged', kind: 'visit', budgetOwnerId: li.id, budgetFacts: '12M a year, set in November' });
    expect(visit.cost).toEqual({ travel: { amount: 800, currency: 'CNY' }, samples: null, hours: 5 });
    expect(visit.nextStep).toEqual({ what: 'Send the trial-order proposal', due: '2026-03-17', owner: 'us', done: false, doneOn: null });
    expect(visit.attendees.map((a) => [a.personId, a.stanceBefore, a.stanceAfter])).toEqual([
      [wang.id, 'skeptic', 'neutral'],
      [li.id, 'neutral', null],
      [zhao.id, 'supporter', null],
    ]);
    expect(visit.attendees[0]).toMatchObject({ needs: 'A supplier who manages the category', wants: 'A discount this quarter' });
    // Zhao's last contact (03-09) is later than the visit: unchanged, and Zhao is not in the answer.
    expect(changed.map((p) => p.name).sort()).toEqual(['Li Na', 'Wang Li']);

    // What is in the database (read back, not the answer).
    const stored = (id: string) => app.store.people.get(id)!;
    expect(stored(wang.id)).toMatchObject({ met: true, lastContact: '2026-03-05', stance: 'neutral' });
    expect(stored(li.id)).toMatchObject({ met: true, lastContact: '2026-03-05', stance: 'neutral' });
    expect(stored(zhao.id)).toMatchObject({ met: true, lastContact: '2026-03-09', stance: 'supporter' });
    expect(stored(sun.id)).toMatchObject({ met: false, stance: 'opponent' });
    expect(await call(app.service, 'listVisits', { accountId })).toEqual([visit]);

    // Wang's change is an ordinary person row, dated the visit's day.
    const wangRows = app.store.history.listByEntity(wang.id);
    expect(wangRows.map((r) => [r.op, r.day, (r.data as Person).stance])).toEqual([
      ['create', CREATED, 'skeptic'],
      ['update', '2026-03-05', 'neutral'],
    ]);
    expect(app.store.history.listByEntity(visit.id).map((r) => [r.entity, r.op, r.day])).toEqual([['visit', 'create', '2026-03-05']]);
  });

  it('a visit logged today writes one person row per changed attendee, dated today', async () => {
    const { app, accountId, people } = await visitFixture();
    const input = loggedVisit(accountId, [people[3]!.id]);
    input.attendees[0]!.stanceAfter = 'skeptic';
    await call(app.service, 'createVisit', input);
    const rows = app.store.history.listByEntity(people[3]!.id);
    expect(rows.map((r) => [r.op, r.day, (r.data as Person).stance, (r.data as Person).met])).toEqual([
      ['create', CREATED, 'opponent', false],
      ['update', TODAY, 'skeptic', true],
    ]);
  });

  it('keeps later days true when a visit is logged after the fact and the person changed since', async () => {
    const { app, accountId, people } = await visitFixture();
    const wang = people[0]!;
    app.clock.set('2026-03-12T10:00:00.000Z');
    await call(app.service, 'updatePerson', { id: wang.id, patch: { title: 'Purchasing Director' } });
    app.clock.set('2026-03-14T10:00:00.000Z');
    // Warm the series cache first: the backdated rows must not be missed by it.
    expect((await call(app.service, 'getSupportSeries', { accountId, from: '2026-03-10', to: '2026-03-14' })).points.map((p) => p.supportBase)).toEqual([1, 1, 1, 1, 1]);
    const input = loggedVisit(accountId, [wang.id], '2026-03-11');
    input.attendees[0]!.stanceAfter = 'supporter';
    await call(app.service, 'createVisit', input);
    const at = async (day: string) => (await call(app.service, 'getAccountMapAsOf', { accountId, day })).people.find((p) => p.id === wang.id)!;
    expect(await at('2026-03-10')).toMatchObject({ stance: 'skeptic', met: false, title: '' });
    expect(await at('2026-03-11')).toMatchObject({ stance: 'supporter', met: true, lastContact: '2026-03-11', title: '' });
    // The title edit on 03-12 does not hide the visit's stance from that day on.
    expect(await at('2026-03-12')).toMatchObject({ stance: 'supporter', met: true, title: 'Purchasing Director' });
    expect(await at('2026-03-14')).toEqual(app.store.people.get(wang.id));
    const series = await call(app.service, 'getSupportSeries', { accountId, from: '2026-03-10', to: '2026-03-14' });
    expect(series.points.map((p) => p.supportBase)).toEqual([1, 2, 2, 2, 2]);
  });

  it('a person added after the visit day takes the change from the day they were added', async () => {
    const { app, accountId } = await visitFixture();
    const added = (await call(app.service, 'createPerson', { accountId, name: 'Xu Jing', stance: 'unknown' })).person;
    const input = loggedVisit(accountId, [added.id], '2026-03-05');
    input.attendees[0]!.stanceAfter = 'ally';
    await call(app.service, 'createVisit', input);
    expect(app.store.history.listByEntity(added.id).map((r) => [r.op, r.day, (r.data as Person).stance])).toEqual([
      ['create', TODAY, 'unknown'],
      ['update', TODAY, 'ally'],
    ]);
    expect(app.store.people.get(added.id)).toMatchObject({ stance: 'ally', met: true, lastContact: '2026-03-05' });
    const past = await call(app.service, 'getAccountMapAsOf', { accountId, day: '2026-03-05' });
    expect(past.people.map((p) => p.id)).not.toContain(added.id);
    // The visit is known on its day; the attendee who was not on the map yet is not shown in it.
    expect(past.visits.map((v) => v.attendees.length)).toEqual([0]);
  });

  it('requires a next step, or an explicit "no next step" with a reason', async () => {
    const { app, accountId, people } = await visitFixture();
    const before = allCounts(app);
    const { nextStep: _dropped, ...noStep } = loggedVisit(accountId, [people[0]!.id]);
    expect(await callError(app.service, 'createVisit', noStep)).toMatchObject({ code: 'validation', messageKey: 'error.visit.nextStepRequired' });
    expect(allCounts(app)).toEqual(before);
    const { visit } = await call(app.service, 'createVisit', { ...noStep, noNextStep: { reason: '  Contract signed; next review in June ' } });
    expect(visit).toMatchObject({ nextStep: null, noNextStepReason: 'Contract signed; next review in June' });
  });

  it('a planned visit (future date) changes nothing on the map and needs no next step', async () => {
    const { app, accountId, people } = await visitFixture();
    const { nextStep: _n, ...plan } = loggedVisit(accountId, [people[0]!.id], '2026-03-20');
    const historyBefore = app.store.history.count();
    const { visit, people: changed } = await call(app.service, 'createVisit', plan);
    expect(visit).toMatchObject({ status: 'planned', nextStep: null, noNextStepReason: null });
    expect(visit.attendees[0]).toMatchObject({ stanceBefore: null, stanceAfter: null });
    expect(changed).toEqual([]);
    expect(app.store.people.get(people[0]!.id)).toMatchObject({ met: false, lastContact: null });
    expect(app.store.history.count()).toBe(historyBefore + 1);
    expect(app.store.history.listByEntity(visit.id)[0]).toMatchObject({ op: 'create', day: TODAY });
  });

  it('rolls everything back when a write fails half-way (one transaction)', async () => {
    const { app, accountId, people } = await visitFixture();
    const before = allCounts(app);
    // A database constraint the schema does not know: make the visit insert fail after the people were updated.
    app.store.db.exec("CREATE TRIGGER fail_visit BEFORE INSERT ON visits BEGIN SELECT RAISE(ABORT, 'boom'); END");
    const input = loggedVisit(accountId, [people[0]!.id]);
    input.attendees[0]!.stanceAfter = 'ally';
    expect(await callError(app.service, 'createVisit', input)).toMatchObject({ code: 'conflict' });
    expect(allCounts(app)).toEqual(before);
    expect(app.store.people.get(people[0]!.id)).toMatchObject({ met: false, stance: 'skeptic' });
  });
});
