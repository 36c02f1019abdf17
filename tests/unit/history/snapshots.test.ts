// Named snapshots: create (today or a past day), list, rename, delete, compare against today, and
// the migration that adds their table.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate } from '../../../electron/db/migrations';
import { MIGRATIONS } from '../../../electron/db/migrations/list';
import { call, callError, openTestApp, tempDbPath } from '../service/helpers';

async function accountWithHistory() {
  const app = openTestApp();
  const { service, clock } = app;
  clock.set(new Date(2026, 10, 1, 9, 0));
  const account = await call(service, 'createAccount', { name: 'BabyJoy' });
  const { person: wang } = await call(service, 'createPerson', { accountId: account.id, name: 'Wang Li', stance: 'skeptic' });
  clock.set(new Date(2026, 10, 3, 9, 0));
  return { ...app, account, wang };
}

describe('named snapshots', () => {
  it('are created on today by default or on a past day, listed newest day first', async () => {
    const { service, account } = await accountWithHistory();
    const visit = await call(service, 'createSnapshot', { accountId: account.id, name: '  before visit 3 Nov  ' });
    expect(visit).toMatchObject({ accountId: account.id, name: 'before visit 3 Nov', day: '2026-11-03' });
    const kickoff = await call(service, 'createSnapshot', { accountId: account.id, name: 'kick-off', day: '2026-11-01' });
    expect(await call(service, 'listSnapshots', { accountId: account.id })).toEqual([visit, kickoff]);
  });

  it('compare against today: what changed since the snapshot’s day', async () => {
    const { service, account, wang, clock } = await accountWithHistory();
    const snap = await call(service, 'createSnapshot', { accountId: account.id, name: 'before visit' });
    clock.set(new Date(2026, 10, 9, 9, 0));
    await call(service, 'updatePerson', { id: wang.id, patch: { stance: 'supporter' } });
    const changes = await call(service, 'getChanges', { accountId: account.id, from: snap.day, to: '2026-11-09' });
    expect(changes.joined).toEqual([{ personId: wang.id, name: 'Wang Li', from: 'skeptic', to: 'supporter' }]);
  });

  it('rename and delete; names are unique per account', async () => {
    const { service, account } = await accountWithHistory();
    const a = await call(service, 'createSnapshot', { accountId: account.id, name: 'A' });
    const b = await call(service, 'createSnapshot', { accountId: account.id, name: 'B' });
    expect(await callError(service, 'createSnapshot', { accountId: account.id, name: 'A' })).toMatchObject({ code: 'conflict', messageKey: 'error.snapshot.nameTaken', params: { name: 'A' } });
    expect(await callError(service, 'renameSnapshot', { id: b.id, name: 'A' })).toMatchObject({ messageKey: 'error.snapshot.nameTaken' });
    expect(await call(service, 'renameSnapshot', { id: a.id, name: 'A' })).toEqual(a);
    expect(await call(service, 'renameSnapshot', { id: b.id, name: 'after visit' })).toEqual({ ...b, name: 'after visit' });
    await call(service, 'deleteSnapshot', { id: a.id });
    expect((await call(service, 'listSnapshots', { accountId: account.id })).map((s) => s.name)).toEqual(['after visit']);
    expect(await callError(service, 'deleteSnapshot', { id: a.id })).toMatchObject({ code: 'not-found', messageKey: 'error.notFound.snapshot' });
    expect(await callError(service, 'renameSnapshot', { id: a.id, name: 'x' })).toMatchObject({ code: 'not-found' });
    // Another account may reuse the name.
    const other = await call(service, 'createAccount', { name: 'Other' });
    await expect(call(service, 'createSnapshot', { accountId: other.id, name: 'after visit' })).resolves.toMatchObject({ name: 'after visit' });
  });

  it('refuse a future day, a day before the account existed, an empty name, and an unknown account', async () => {
    const { service, account } = await accountWithHistory();
    expect(await callError(service, 'createSnapshot', { accountId: account.id, name: 'x', day: '2026-11-04' })).toMatchObject({ messageKey: 'error.history.futureDay' });
    expect(await callError(service, 'createSnapshot', { accountId: account.id, name: 'x', day: '2026-10-31' })).toMatchObject({ messageKey: 'error.history.beforeAccountCreated' });
    expect(await callError(service, 'createSnapshot', { accountId: account.id, name: '   ' })).toMatchObject({ messageKey: 'error.text.empty' });
    expect(await callError(service, 'createSnapshot', { accountId: account.id, name: 'x'.repeat(121) })).toMatchObject({ messageKey: 'error.text.tooLong' });
    expect(await callError(service, 'createSnapshot', { accountId: 'nope', name: 'x' })).toMatchObject({ code: 'not-found' });
    expect(await callError(service, 'listSnapshots', { accountId: 'nope' })).toMatchObject({ code: 'not-found' });
    expect(await call(service, 'listSnapshots', { accountId: account.id })).toEqual([]);
  });

  it('go with their account when it is deleted', async () => {
    const { service, account, store } = await accountWithHistory();
    await call(service, 'createSnapshot', { accountId: account.id, name: 'A' });
    await call(service, 'deleteAccount', { id: account.id });
    expect((store.db.prepare('SELECT count(*) AS n FROM snapshots').get() as { n: number }).n).toBe(0);
  });
});

describe('migration 2 (snapshots)', () => {
  it('adds the snapshots table to a version-1 database and keeps its data', () => {
    const db = new Database(tempDbPath());
    try {
      migrate(db, { migrations: MIGRATIONS.slice(0, 1) });
      db.prepare("INSERT INTO accounts (id, name, created_at, updated_at) VALUES ('a1', 'Kept', 't', 't')").run();
      expect(migrate(db, { migrations: MIGRATIONS.slice(0, 2) })).toEqual([2]);
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      expect(db.prepare('SELECT name FROM accounts').all()).toEqual([{ name: 'Kept' }]);
      db.prepare("INSERT INTO snapshots (id, account_id, name, day, created_at) VALUES ('s1', 'a1', 'n', '2026-11-01', 't')").run();
      expect(() => db.prepare("INSERT INTO snapshots (id, account_id, name, day, created_at) VALUES ('s2', 'a1', 'n', 'nope', 't')").run()).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
