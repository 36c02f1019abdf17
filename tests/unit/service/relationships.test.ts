import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../shared/domain/model';
import { call, callError, openTestApp, tableCounts } from './helpers';

async function setUp() {
  const app = openTestApp();
  const account = await call(app.service, 'createAccount', { name: 'Acme' });
  const ids: string[] = [];
  for (const name of ['A', 'B', 'C', 'D']) ids.push((await call(app.service, 'createPerson', { accountId: account.id, name })).person.id);
  const [a, b, c, d] = ids as [string, string, string, string];
  return { ...app, account, a, b, c, d };
}

describe('relationships', () => {
  it('creates each type; influences gets strength 2 by default, others no strength', async () => {
    const { service, account, a, b } = await setUp();
    const made = [];
    for (const type of RELATIONSHIP_TYPES) made.push(await call(service, 'createRelationship', { accountId: account.id, fromId: a, toId: b, type }));
    expect(made.map((r) => [r.type, r.strength])).toEqual([
      ['reports-to', null],
      ['influences', 2],
      ['close-to', null],
      ['conflicts-with', null],
    ]);
    expect(made[0]).toMatchObject({ accountId: account.id, fromId: a, toId: b, createdAt: '2026-03-10T10:00:00.000Z' });
  });

  it('keeps a given influence strength and updates it', async () => {
    const { service, account, a, b } = await setUp();
    const r = await call(service, 'createRelationship', { accountId: account.id, fromId: a, toId: b, type: 'influences', strength: 3 });
    expect(r.strength).toBe(3);
    expect((await call(service, 'updateRelationship', { id: r.id, strength: 1 })).strength).toBe(1);
    expect((await call(service, 'getAccountMap', { accountId: account.id })).relationships[0]?.strength).toBe(1);
  });

  it('refuses a strength on types that have none, on create and update', async () => {
    const app = await setUp();
    const before = tableCounts(app);
    const err = await callError(app.service, 'createRelationship', { accountId: app.account.id, fromId: app.a, toId: app.b, type: 'close-to', strength: 2 });
    expect(err).toMatchObject({ code: 'validation', messageKey: 'error.relationship.strengthNotAllowed' });
    expect(tableCounts(app)).toEqual(before);
    const r = await call(app.service, 'createRelationship', { accountId: app.account.id, fromId: app.a, toId: app.b, type: 'reports-to', strength: null });
    expect(await callError(app.service, 'updateRelationship', { id: r.id, strength: 2 })).toMatchObject({
      code: 'validation',
      messageKey: 'error.relationship.strengthNotAllowed',
    });
  });

  it('refuses a self-link', async () => {
    const app = await setUp();
    const before = tableCounts(app);
    expect(await callError(app.service, 'createRelationship', { accountId: app.account.id, fromId: app.a, toId: app.a, type: 'close-to' })).toMatchObject({
      code: 'validation',
      messageKey: 'error.relationship.self',
    });
    expect(tableCounts(app)).toEqual(before);
  });

  it('refuses duplicates, including the reversed pair for close-to and conflicts-with', async () => {
    const app = await setUp();
    const { service, account, a, b } = app;
    for (const type of RELATIONSHIP_TYPES) await call(service, 'createRelationship', { accountId: account.id, fromId: a, toId: b, type });
    const before = tableCounts(app);
    for (const type of RELATIONSHIP_TYPES) {
      expect(await callError(service, 'createRelationship', { accountId: account.id, fromId: a, toId: b, type }), type).toMatchObject({
        code: 'conflict',
        messageKey: 'error.relationship.duplicate',
      });
    }
    for (const type of ['close-to', 'conflicts-with'] as const) {
      expect(await callError(service, 'createRelationship', { accountId: account.id, fromId: b, toId: a, type }), type).toMatchObject({
        code: 'conflict',
        messageKey: 'error.relationship.duplicate',
      });
    }
    expect(tableCounts(app)).toEqual(before);
    // Influence is directed: B can influence A as well.
    const back = await call(service, 'createRelationship', { accountId: account.id, fromId: b, toId: a, type: 'influences', strength: 1 });
    expect(back.fromId).toBe(b);
  });

  it('refuses a reports-to that would close a loop, directly or through a chain', async () => {
    const app = await setUp();
    const { service, account, a, b, c, d } = app;
    await call(service, 'createRelationship', { accountId: account.id, fromId: a, toId: b, type: 'reports-to' });
    await call(service, 'createRelationship', { accountId: account.id, fromId: b, toId: c, type: 'reports-to' });
    const before = tableCounts(app);
    for (const [fromId, toId] of [
      [b, a],
      [c, a],
      [c, b],
    ] as const) {
      expect(await callError(service, 'createRelationship', { accountId: account.id, fromId, toId, type: 'reports-to' })).toMatchObject({
        code: 'conflict',
        messageKey: 'error.relationship.cycle',
      });
    }
    expect(tableCounts(app)).toEqual(before);
    // Not a cycle: D reports to A, and other types may point back up.
    await call(service, 'createRelationship', { accountId: account.id, fromId: d, toId: a, type: 'reports-to' });
    await call(service, 'createRelationship', { accountId: account.id, fromId: c, toId: a, type: 'influences' });
  });

  it('refuses people from another account, and unknown people or accounts', async () => {
    const app = await setUp();
    const { service, account, a } = app;
    const other = await call(service, 'createAccount', { name: 'Other' });
    const { person: x } = await call(service, 'createPerson', { accountId: other.id, name: 'X' });
    const before = tableCounts(app);
    expect(await callError(service, 'createRelationship', { accountId: account.id, fromId: a, toId: x.id, type: 'close-to' })).toMatchObject({
      code: 'validation',
      messageKey: 'error.relationship.wrongAccount',
    });
    expect(await callError(service, 'createRelationship', { accountId: other.id, fromId: a, toId: x.id, type: 'close-to' })).toMatchObject({
      code: 'validation',
      messageKey: 'error.relationship.wrongAccount',
    });
    expect(await callError(service, 'createRelationship', { accountId: account.id, fromId: a, toId: 'ghost', type: 'close-to' })).toMatchObject({
      code: 'not-found',
      messageKey: 'error.notFound.person',
    });
    expect(await callError(service, 'createRelationship', { accountId: 'nope', fromId: a, toId: x.id, type: 'close-to' })).toMatchObject({
      code: 'not-found',
      messageKey: 'error.notFound.account',
    });
    expect(await callError(service, 'updateRelationship', { id: 'nope', strength: 2 })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.relationship' });
    expect(await callError(service, 'deleteRelationship', { id: 'nope' })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.relationship' });
    expect(tableCounts(app)).toEqual(before);
  });

  it('deletes a relationship, and the reversed symmetric pair may then be added', async () => {
    const { service, account, a, b } = await setUp();
    const r = await call(service, 'createRelationship', { accountId: account.id, fromId: a, toId: b, type: 'conflicts-with' });
    await call(service, 'deleteRelationship', { id: r.id });
    expect((await call(service, 'getAccountMap', { accountId: account.id })).relationships).toEqual([]);
    await call(service, 'createRelationship', { accountId: account.id, fromId: b, toId: a, type: 'conflicts-with' });
  });
});
