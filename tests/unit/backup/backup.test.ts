import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir, listBackups } from '../../../electron/db/backup';
import { openDatabase } from '../../../electron/db/open';
import { MIGRATIONS } from '../../../electron/db/migrations/list';
import { call, callError } from '../service/helpers';
import { clockAt, contentsOf, freshDbPath, start } from './helpers';

describe('backups', () => {
  it('backs up on demand into backups/ next to the database, and lists backups newest first', async () => {
    const dbPath = freshDbPath();
    const clock = clockAt('2026-03-10T10:00:00.000Z');
    const app = await start(dbPath, clock, { dailyBackup: false });
    await call(app.service, 'createAccount', { name: 'Acme' });
    clock.advance(60_000);
    const first = await call(app.service, 'createBackup', {});
    expect(first).toMatchObject({ name: 'powermap-20260310-100100-000-manual.sqlite3', createdAt: '2026-03-10T10:01:00.000Z', reason: 'manual' });
    expect(first.sizeBytes).toBeGreaterThan(4096);
    expect(fs.existsSync(path.join(path.dirname(dbPath), 'backups', first.name))).toBe(true);
    await call(app.service, 'createAccount', { name: 'Beta' });
    clock.advance(60_000);
    const second = await call(app.service, 'createBackup', {});
    expect((await call(app.service, 'listBackups', {})).map((b) => b.name)).toEqual([second.name, first.name]);
    expect(contentsOf(path.join(backupsDir(dbPath), first.name)).accounts).toEqual(['Acme']);
    expect(contentsOf(path.join(backupsDir(dbPath), second.name)).accounts).toEqual(['Acme', 'Beta']);
  });

  it('restores a backup after backing up the current state, and keeps working afterwards', async () => {
    const dbPath = freshDbPath();
    const clock = clockAt('2026-03-10T10:00:00.000Z');
    const app = await start(dbPath, clock, { dailyBackup: false });
    await call(app.service, 'createAccount', { name: 'Acme' });
    const backup = await call(app.service, 'createBackup', {});
    clock.advance(3_600_000);
    await call(app.service, 'createAccount', { name: 'Later' });

    const result = await call(app.service, 'restoreBackup', { name: backup.name });
    expect(result.restored).toEqual(backup);
    expect(result.safetyBackup).toMatchObject({ reason: 'pre-restore', createdAt: '2026-03-10T11:00:00.000Z' });
    expect(contentsOf(path.join(backupsDir(dbPath), result.safetyBackup!.name)).accounts).toEqual(['Acme', 'Later']);
    expect((await call(app.service, 'listAccounts', {})).map((a) => a.name)).toEqual(['Acme']);

    // The service writes to the restored file, and the data survives a restart.
    await call(app.service, 'createAccount', { name: 'After restore' });
    app.close();
    const again = await start(dbPath, clock, { dailyBackup: false });
    expect((await call(again.service, 'listAccounts', {})).map((a) => a.name)).toEqual(['Acme', 'After restore']);
  });

  it('refuses unknown, malformed and damaged backup names without touching the data', async () => {
    const dbPath = freshDbPath();
    const clock = clockAt('2026-03-10T10:00:00.000Z');
    const app = await start(dbPath, clock, { dailyBackup: false });
    await call(app.service, 'createAccount', { name: 'Acme' });
    expect((await callError(app.service, 'restoreBackup', { name: '../powermap.sqlite3' })).messageKey).toBe('error.backup.notFound');
    expect((await callError(app.service, 'restoreBackup', { name: 'powermap-20260101-000000-000-manual.sqlite3' })).messageKey).toBe('error.notFound.backup');
    fs.mkdirSync(backupsDir(dbPath), { recursive: true });
    fs.writeFileSync(path.join(backupsDir(dbPath), 'powermap-20260309-000000-000-daily.sqlite3'), 'not a database');
    expect(await callError(app.service, 'restoreBackup', { name: 'powermap-20260309-000000-000-daily.sqlite3' })).toMatchObject({ messageKey: 'error.backup.unusable' });
    expect((await call(app.service, 'listAccounts', {})).map((a) => a.name)).toEqual(['Acme']);
    expect(listBackups(dbPath).map((b) => b.reason)).toEqual(['daily']);
  });

  it('takes the daily backup at start at most once a local day', async () => {
    const dbPath = freshDbPath();
    const clock = clockAt('2026-03-10T10:00:00.000Z');
    (await start(dbPath, clock)).close();
    clock.advance(3_600_000);
    (await start(dbPath, clock)).close();
    expect(listBackups(dbPath).map((b) => b.reason)).toEqual(['daily']);
    clock.advanceDays(1);
    (await start(dbPath, clock)).close();
    expect(listBackups(dbPath).map((b) => b.reason)).toEqual(['daily', 'daily']);
  });

  it('applies retention at start: 7 daily + 4 weekly after 40 days of use', async () => {
    const dbPath = freshDbPath();
    const clock = clockAt('2026-03-01T10:00:00.000Z');
    for (let day = 0; day < 40; day++) {
      (await start(dbPath, clock)).close();
      clock.advanceDays(1);
    }
    const kept = listBackups(dbPath);
    expect(kept.length).toBeGreaterThanOrEqual(8);
    expect(kept.length).toBeLessThanOrEqual(11);
    expect(kept[0]!.createdAt).toBe('2026-04-09T10:00:00.000Z');
  });

  it('backs up the file before migrating it, with the old schema inside', async () => {
    const dbPath = freshDbPath();
    const v1 = openDatabase(dbPath, { migrations: MIGRATIONS.slice(0, 1) });
    v1.prepare("INSERT INTO accounts (id, name, created_at, updated_at) VALUES ('a1', 'Old', 'x', 'x')").run();
    v1.close();
    const clock = clockAt('2026-03-10T10:00:00.000Z');
    const app = await start(dbPath, clock, { dailyBackup: false });
    expect((await call(app.service, 'listAccounts', {})).map((a) => a.name)).toEqual(['Old']);
    const backups = listBackups(dbPath);
    expect(backups.map((b) => b.reason)).toEqual(['pre-migration']);
    const Database = (await import('better-sqlite3')).default;
    const copy = new Database(path.join(backupsDir(dbPath), backups[0]!.name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
    app.close();
    (await start(dbPath, clock, { dailyBackup: false })).close();
    expect(listBackups(dbPath)).toHaveLength(1); // no migration pending, no new backup
  });
});

describe('retention never deletes the rep’s own backups', () => {
  it('keeps manual backups while pruning automatic ones', async () => {
    const dbPath = freshDbPath();
    const clock = clockAt('2026-03-01T10:00:00.000Z');
    const first = await start(dbPath, clock);
    const manual = await call(first.service, 'createBackup', {});
    first.close();
    for (let day = 1; day < 30; day++) {
      clock.advanceDays(1);
      (await start(dbPath, clock)).close();
    }
    const names = listBackups(dbPath).map((b) => b.name);
    expect(names).toContain(manual.name);
    expect(names.filter((n) => n.endsWith('-daily.sqlite3')).length).toBeLessThanOrEqual(11);
    expect(names).not.toContain('powermap-20260301-100000-000-daily.sqlite3');
  });
});

describe('half-written backups', () => {
  it('are never listed, and are cleaned up once stale', async () => {
    const dbPath = freshDbPath();
    const clock = clockAt('2026-03-10T10:00:00.000Z');
    fs.mkdirSync(backupsDir(dbPath), { recursive: true });
    const stale = path.join(backupsDir(dbPath), 'powermap-20260301-000000-000-daily.sqlite3.partial');
    const fresh = path.join(backupsDir(dbPath), 'powermap-20260310-095959-000-manual.sqlite3.partial');
    fs.writeFileSync(stale, 'half');
    fs.writeFileSync(fresh, 'half');
    const old = new Date(Date.now() - 2 * 3_600_000);
    fs.utimesSync(stale, old, old);
    (await start(dbPath, clock)).close();
    expect(listBackups(dbPath).map((b) => b.reason)).toEqual(['daily']);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
  });
});
