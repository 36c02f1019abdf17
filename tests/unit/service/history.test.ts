// Every create/update/delete of an account, person or relationship leaves one history row, written
// with the change, stamped by the injected clock, holding the full state (before it, for delete).
import { afterEach, describe, expect, it } from 'vitest';
import { call, callError, openTestApp, tableCounts } from './helpers';

const ops = (rows: Array<{ entity: string; op: string }>) => rows.map((r) => `${r.entity}:${r.op}`);

describe('history', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedTz;
  });

  it('records account create, update and delete with the clock time and the full state', async () => {
    const app = openTestApp();
    const { service, clock, store } = app;
    const a = await call(service, 'createAccount', { name: 'Acme' });
    clock.set('2026-03-12T08:30:00.000Z');
    const renamed = await call(service, 'updateAccount', { id: a.id, patch: { name: 'Acme East' } });
    clock.set('2026-03-13T08:30:00.000Z');
    const archived = await call(service, 'setAccountArchived', { id: a.id, archived: true });
    clock.set('2026-03-20T08:30:00.000Z');
    await call(service, 'deleteAccount', { id: a.id });
    const rows = store.history.listByAccount(a.id);
    expect(rows.map((r) => [r.entity, r.op, r.at, r.day, r.entityId])).toEqual([
      ['account', 'create', '2026-03-10T10:00:00.000Z', '2026-03-10', a.id],
      ['account', 'update', '2026-03-12T08:30:00.000Z', '2026-03-12', a.id],
      ['account', 'update', '2026-03-13T08:30:00.000Z', '2026-03-13', a.id],
      ['account', 'delete', '2026-03-20T08:30:00.000Z', '2026-03-20', a.id],
    ]);
    expect(rows.map((r) => r.data)).toEqual([a, renamed, archived, archived]);
  });

  it('records person create, update and delete; delete holds the state before it', async () => {
    const { service, clock, store } = openTestApp();
    const a = await call(service, 'createAccount', { name: 'Acme' });
    const { person } = await call(service, 'createPerson', { accountId: a.id, name: 'Li', stance: 'neutral' });
    clock.advanceDays(3);
    const { person: ally } = await call(service, 'updatePerson', { id: person.id, patch: { stance: 'ally' } });
    clock.advanceDays(3);
    await call(service, 'deletePerson', { id: person.id });
    const rows = store.history.listByEntity(person.id);
    expect(rows.map((r) => [r.op, r.day])).toEqual([
      ['create', '2026-03-10'],
      ['update', '2026-03-13'],
      ['delete', '2026-03-16'],
    ]);
    expect(rows.map((r) => r.data)).toEqual([person, ally, ally]);
    expect(rows.every((r) => r.accountId === a.id)).toBe(true);
  });

  it('records relationship create, update and delete', async () => {
    const { service, clock, store } = openTestApp();
    const a = await call(service, 'createAccount', { name: 'Acme' });
    const p = (await call(service, 'createPerson', { accountId: a.id, name: 'P' })).person;
    const q = (await call(service, 'createPerson', { accountId: a.id, name: 'Q' })).person;
    const r = await call(service, 'createRelationship', { accountId: a.id, fromId: p.id, toId: q.id, type: 'influences' });
    clock.advanceDays(1);
    const stronger = await call(service, 'updateRelationship', { id: r.id, strength: 3 });
    clock.advanceDays(1);
    await call(service, 'deleteRelationship', { id: r.id });
    const rows = store.history.listByEntity(r.id);
    expect(rows.map((x) => [x.entity, x.op, x.day])).toEqual([
      ['relationship', 'create', '2026-03-10'],
      ['relationship', 'update', '2026-03-11'],
      ['relationship', 'delete', '2026-03-12'],
    ]);
    expect(rows.map((x) => x.data)).toEqual([r, stronger, stronger]);
  });

  it('deleting a person also records the deletes of their relationships, in the same instant', async () => {
    const { service, clock, store } = openTestApp();
    const a = await call(service, 'createAccount', { name: 'Acme' });
    const p = (await call(service, 'createPerson', { accountId: a.id, name: 'P' })).person;
    const q = (await call(service, 'createPerson', { accountId: a.id, name: 'Q' })).person;
    await call(service, 'createRelationship', { accountId: a.id, fromId: p.id, toId: q.id, type: 'reports-to' });
    await call(service, 'createRelationship', { accountId: a.id, fromId: q.id, toId: p.id, type: 'influences' });
    clock.advanceDays(1);
    await call(service, 'deletePerson', { id: p.id });
    const last = store.history.listByAccount(a.id).slice(-3);
    expect(ops(last)).toEqual(['relationship:delete', 'relationship:delete', 'person:delete']);
    expect(new Set(last.map((r) => r.at)).size).toBe(1);
  });

  it('deleting an account records its relationships, people and then the account', async () => {
    const { service, store } = openTestApp();
    const a = await call(service, 'createAccount', { name: 'Acme' });
    const p = (await call(service, 'createPerson', { accountId: a.id, name: 'P' })).person;
    const q = (await call(service, 'createPerson', { accountId: a.id, name: 'Q' })).person;
    await call(service, 'createRelationship', { accountId: a.id, fromId: p.id, toId: q.id, type: 'close-to' });
    await call(service, 'deleteAccount', { id: a.id });
    expect(ops(store.history.listByAccount(a.id).slice(-4))).toEqual(['relationship:delete', 'person:delete', 'person:delete', 'account:delete']);
  });

  it('moving the top decision-maker records both people', async () => {
    const { service, store } = openTestApp();
    const a = await call(service, 'createAccount', { name: 'Acme' });
    const boss = (await call(service, 'createPerson', { accountId: a.id, name: 'Boss', isTopDecisionMaker: true })).person;
    const heir = (await call(service, 'createPerson', { accountId: a.id, name: 'Heir' })).person;
    await call(service, 'updatePerson', { id: heir.id, patch: { isTopDecisionMaker: true } });
    const last = store.history.listByAccount(a.id).slice(-2);
    expect(last.map((r) => [r.entityId, r.op, (r.data as { isTopDecisionMaker: boolean }).isTopDecisionMaker])).toEqual([
      [boss.id, 'update', false],
      [heir.id, 'update', true],
    ]);
  });

  it('the day column is the local calendar day of the instant', async () => {
    process.env.TZ = 'Asia/Shanghai';
    const { service, clock, store } = openTestApp();
    clock.set('2026-03-10T17:30:00.000Z'); // 01:30 on 11 March in Shanghai
    const a = await call(service, 'createAccount', { name: 'Acme' });
    expect(store.history.listByAccount(a.id)[0]).toMatchObject({ at: '2026-03-10T17:30:00.000Z', day: '2026-03-11' });
  });

  it('saving positions and no-op updates are not history; refused writes leave no history', async () => {
    const app = openTestApp();
    const { service } = app;
    const a = await call(service, 'createAccount', { name: 'Acme' });
    const p = (await call(service, 'createPerson', { accountId: a.id, name: 'P' })).person;
    const before = tableCounts(app).history;
    await call(service, 'savePositions', { accountId: a.id, layout: 'saved', positions: [{ personId: p.id, x: 1, y: 1 }] });
    await call(service, 'updatePerson', { id: p.id, patch: { name: 'P' } });
    await callError(service, 'createRelationship', { accountId: a.id, fromId: p.id, toId: p.id, type: 'close-to' });
    expect(tableCounts(app).history).toBe(before);
  });

  it('lists an account\'s history up to a day (for rebuilding a past day)', async () => {
    const { service, clock, store } = openTestApp();
    const a = await call(service, 'createAccount', { name: 'Acme' });
    clock.advanceDays(5);
    await call(service, 'createPerson', { accountId: a.id, name: 'Later' });
    expect(ops(store.history.listByAccount(a.id, '2026-03-14'))).toEqual(['account:create']);
    expect(ops(store.history.listByAccount(a.id, '2026-03-15'))).toEqual(['account:create', 'person:create']);
  });
});
