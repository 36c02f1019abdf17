import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/domain/limits';
import { call, callError, openTestApp, tableCounts } from './helpers';

async function setUp() {
  const app = openTestApp();
  const account = await call(app.service, 'createAccount', { name: 'Acme' });
  return { ...app, account };
}

describe('people', () => {
  it('creates a person with defaults', async () => {
    const { service, account } = await setUp();
    const { person, previousTopDecisionMaker } = await call(service, 'createPerson', { accountId: account.id, name: ' Wang Li ' });
    expect(previousTopDecisionMaker).toBeNull();
    expect(person).toMatchObject({
      accountId: account.id,
      name: 'Wang Li',
      title: '',
      department: '',
      buyingRole: 'unknown',
      stance: 'unknown',
      isTopDecisionMaker: false,
      // Not rated until the rep rates them (shared/domain/personDefaults.ts).
      authority: null,
      expertise: null,
      accessToTop: null,
      pinnedScore: null,
      met: false,
      lastContact: null,
      notes: '',
    });
  });

  it('stores every field and reads it back from the map', async () => {
    const { service, account } = await setUp();
    const input = {
      accountId: account.id,
      name: 'Li Na',
      title: 'Purchasing Director',
      department: 'Purchasing',
      buyingRole: 'approver',
      stance: 'skeptic',
      isTopDecisionMaker: false,
      authority: 5,
      expertise: 2,
      accessToTop: 4,
      pinnedScore: 62.5,
      met: true,
      lastContact: '2026-02-28',
      notes: 'Needs: fewer stock-outs.\nWants: a lower price.',
    } as const;
    const { person } = await call(service, 'createPerson', input);
    const map = await call(service, 'getAccountMap', { accountId: account.id });
    expect(map.people).toEqual([person]);
    const { accountId: _a, ...fields } = input;
    expect(person).toMatchObject(fields);
  });

  it('edits a person: only the fields in the patch change', async () => {
    const { service, account, clock } = await setUp();
    const { person } = await call(service, 'createPerson', { accountId: account.id, name: 'Li', title: 'CFO', stance: 'neutral' });
    clock.advance(60_000);
    const { person: after } = await call(service, 'updatePerson', { id: person.id, patch: { stance: 'ally', lastContact: null } });
    expect(after).toEqual({ ...person, stance: 'ally', updatedAt: '2026-03-10T10:01:00.000Z' });
  });

  it('keeps at most one top decision-maker: setting the flag moves it and says who lost it', async () => {
    const { service, account, store } = await setUp();
    const { person: boss } = await call(service, 'createPerson', { accountId: account.id, name: 'Boss', isTopDecisionMaker: true });
    const { person: newBoss, previousTopDecisionMaker } = await call(service, 'createPerson', {
      accountId: account.id,
      name: 'New boss',
      isTopDecisionMaker: true,
    });
    expect(previousTopDecisionMaker).toMatchObject({ id: boss.id, isTopDecisionMaker: false });
    const third = (await call(service, 'createPerson', { accountId: account.id, name: 'Third' })).person;
    const moved = await call(service, 'updatePerson', { id: third.id, patch: { isTopDecisionMaker: true } });
    expect(moved.previousTopDecisionMaker).toMatchObject({ id: newBoss.id, name: 'New boss', isTopDecisionMaker: false });
    const tops = store.people.listByAccount(account.id).filter((p) => p.isTopDecisionMaker);
    expect(tops.map((p) => p.name)).toEqual(['Third']);
    // Setting it again on the holder moves nothing.
    const again = await call(service, 'updatePerson', { id: third.id, patch: { isTopDecisionMaker: true, title: 'CEO' } });
    expect(again.previousTopDecisionMaker).toBeNull();
  });

  it('keeps one top decision-maker per account, not per database', async () => {
    const { service, account } = await setUp();
    const other = await call(service, 'createAccount', { name: 'Other' });
    await call(service, 'createPerson', { accountId: account.id, name: 'Boss A', isTopDecisionMaker: true });
    const r = await call(service, 'createPerson', { accountId: other.id, name: 'Boss B', isTopDecisionMaker: true });
    expect(r.previousTopDecisionMaker).toBeNull();
  });

  it('clearing the flag leaves the account without a top decision-maker', async () => {
    const { service, account, store } = await setUp();
    const { person } = await call(service, 'createPerson', { accountId: account.id, name: 'Boss', isTopDecisionMaker: true });
    await call(service, 'updatePerson', { id: person.id, patch: { isTopDecisionMaker: false } });
    expect(store.people.topDecisionMaker(account.id)).toBeNull();
  });

  it('deletes a person with their relationships and positions, and says how many relationships went', async () => {
    const app = await setUp();
    const { service, account } = app;
    const ids = [];
    for (const name of ['A', 'B', 'C']) ids.push((await call(service, 'createPerson', { accountId: account.id, name })).person.id);
    const [a, b, c] = ids as [string, string, string];
    await call(service, 'createRelationship', { accountId: account.id, fromId: a, toId: b, type: 'reports-to' });
    await call(service, 'createRelationship', { accountId: account.id, fromId: c, toId: a, type: 'influences' });
    await call(service, 'createRelationship', { accountId: account.id, fromId: b, toId: c, type: 'close-to' });
    await call(service, 'savePositions', { accountId: account.id, layout: 'saved', positions: [{ personId: a, x: 5, y: 6 }] });
    expect(await call(service, 'deletePerson', { id: a })).toEqual({ people: 1, relationships: 2 });
    const map = await call(service, 'getAccountMap', { accountId: account.id });
    expect(map.people.map((p) => p.name)).toEqual(['B', 'C']);
    expect(map.relationships.map((r) => r.type)).toEqual(['close-to']);
    expect(map.positions).toEqual([]);
  });

  it(`refuses a person beyond ${LIMITS.peoplePerAccountMax} in one account`, async () => {
    const app = await setUp();
    const insert = app.store.db.prepare("INSERT INTO people (id, account_id, name, created_at, updated_at) VALUES (?, ?, 'Filler', 't', 't')");
    app.store.transaction(() => {
      for (let i = 0; i < LIMITS.peoplePerAccountMax; i++) insert.run(`filler-${i}`, app.account.id);
    });
    const before = tableCounts(app);
    expect(await callError(app.service, 'createPerson', { accountId: app.account.id, name: 'One too many' })).toMatchObject({
      code: 'conflict',
      messageKey: 'error.account.tooManyPeople',
      params: { max: LIMITS.peoplePerAccountMax },
    });
    expect(tableCounts(app)).toEqual(before);
  });

  it('answers unknown ids with not-found and writes nothing', async () => {
    const app = await setUp();
    const before = tableCounts(app);
    expect(await callError(app.service, 'createPerson', { accountId: 'nope', name: 'X' })).toMatchObject({
      code: 'not-found',
      messageKey: 'error.notFound.account',
    });
    for (const [method, input] of [
      ['updatePerson', { id: 'nope', patch: { name: 'X' } }],
      ['deletePerson', { id: 'nope' }],
    ] as const) {
      expect(await callError(app.service, method, input)).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.person' });
    }
    expect(tableCounts(app)).toEqual(before);
  });

  it('maps a database constraint that fires anyway to a validation error, writing nothing', async () => {
    const app = await setUp();
    const before = tableCounts(app);
    // Bypass the zod boundary on purpose: the CHECK constraint is the last line of defence.
    expect(() => app.service.createPerson({ accountId: app.account.id, name: 'X', authority: 9 })).toThrow(
      expect.objectContaining({ payload: expect.objectContaining({ code: 'validation', messageKey: 'error.invalidInput' }) }),
    );
    expect(() => app.service.createPerson({ accountId: app.account.id, name: ' ' })).toThrow(
      expect.objectContaining({ payload: expect.objectContaining({ code: 'validation' }) }),
    );
    expect(tableCounts(app)).toEqual(before);
  });
});
