import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backupsDir, findLatestGoodBackup, listBackups } from '../../../electron/db/backup';
import { call, callError } from '../service/helpers';
import { damage, type Damage } from './corrupt';
import { clockAt, contentsOf, freshDbPath, start } from './helpers';

/** A database with a real account and 300 people, a good backup of it, then later changes. */
async function appWithBackup() {
  const dbPath = freshDbPath();
  const clock = clockAt('2026-03-10T10:00:00.000Z');
  const app = await start(dbPath, clock, { dailyBackup: false });
  const account = await call(app.service, 'createAccount', { name: '贝乐母婴' });
  for (let i = 0; i < 300; i++) await call(app.service, 'createPerson', { accountId: account.id, name: `Person ${i}`, notes: 'x'.repeat(200) });
  clock.advance(60_000);
  const good = await call(app.service, 'createBackup', {});
  clock.advance(60_000);
  await call(app.service, 'createAccount', { name: 'Not in the backup' });
  app.close();
  return { dbPath, clock, good, expected: contentsOf(path.join(backupsDir(dbPath), good.name)) };
}

describe('start-up recovery from a damaged database', () => {
  it.each<Damage>(['garbage', 'truncated', 'zeroed-header'])('%s: recovery screen, restore the latest good backup, damaged file kept aside', async (kind) => {
    const { dbPath, clock, good, expected } = await appWithBackup();
    // A newer backup that is itself damaged must be skipped.
    clock.advance(60_000);
    fs.writeFileSync(path.join(backupsDir(dbPath), 'powermap-20260310-100300-000-daily.sqlite3'), 'broken');
    damage(dbPath, kind);
    const damagedBytes = fs.readFileSync(dbPath);

    clock.advance(60_000);
    const app = await start(dbPath, clock);
    const status = await call(app.service, 'getStartupStatus', {});
    expect(status).toMatchObject({ status: 'corrupt', dbPath, latestGood: good.name });
    expect(status.status === 'corrupt' && status.backups.map((b) => b.name)).toEqual(['powermap-20260310-100300-000-daily.sqlite3', good.name]);
    expect(app.app()).toBeNull();
    // Only the recovery calls answer; nothing else touches the file.
    expect((await callError(app.service, 'listAccounts', {})).messageKey).toBe('error.backup.recoveryMode');
    expect((await call(app.service, 'getAppInfo', {})).dbPath).toBe(dbPath);
    expect(fs.readFileSync(dbPath).equals(damagedBytes)).toBe(true);

    const result = await call(app.service, 'recoverFromBackup', { name: status.status === 'corrupt' ? status.latestGood! : '' });
    expect(result.restored).toEqual(good);
    expect(path.basename(result.corruptFileKeptAt!)).toBe('powermap.sqlite3.corrupt-20260310-100400-000');
    expect(fs.readFileSync(result.corruptFileKeptAt!).equals(damagedBytes)).toBe(true);

    // The same service object now answers normally, with exactly the backup's data.
    expect(await call(app.service, 'getStartupStatus', {})).toEqual({ status: 'ok' });
    expect((await call(app.service, 'listAccounts', {})).map((a) => a.name)).toEqual(['贝乐母婴']);
    expect(contentsOf(dbPath)).toEqual(expected);
    await call(app.service, 'createAccount', { name: 'After recovery' });
    app.close();
    const again = await start(dbPath, clock, { dailyBackup: false });
    expect((await call(again.service, 'listAccounts', {})).map((a) => a.name).sort()).toEqual(['After recovery', '贝乐母婴']);
  });

  it('finds no good backup when there is none, and can start empty while keeping the damaged file', async () => {
    const dbPath = freshDbPath();
    const clock = clockAt('2026-03-10T10:00:00.000Z');
    fs.copyFileSync(fileFixture(), dbPath);
    expect(findLatestGoodBackup(dbPath)).toBeNull();
    const app = await start(dbPath, clock);
    expect(await call(app.service, 'getStartupStatus', {})).toMatchObject({ status: 'corrupt', backups: [], latestGood: null });
    const result = await call(app.service, 'recoverFromBackup', { name: null });
    expect(result).toMatchObject({ restored: null, safetyBackup: null });
    expect(fs.existsSync(result.corruptFileKeptAt!)).toBe(true);
    expect(await call(app.service, 'listAccounts', {})).toEqual([]);
  });

  it('refuses recovery calls on a healthy database, and a damaged backup in recovery', async () => {
    const { dbPath, clock } = await appWithBackup();
    const healthy = await start(dbPath, clock, { dailyBackup: false });
    expect((await callError(healthy.service, 'recoverFromBackup', { name: null })).messageKey).toBe('error.backup.notInRecovery');
    healthy.close();
    damage(dbPath, 'garbage');
    fs.writeFileSync(path.join(backupsDir(dbPath), 'powermap-20260311-000000-000-daily.sqlite3'), 'broken');
    const app = await start(dbPath, clock);
    expect((await callError(app.service, 'recoverFromBackup', { name: 'powermap-20260311-000000-000-daily.sqlite3' })).messageKey).toBe('error.backup.unusable');
    expect(fs.existsSync(dbPath)).toBe(true); // nothing moved
    expect(listBackups(dbPath)).toHaveLength(2);
  });
});

describe('a database from a newer Powermap', () => {
  it('is refused and left untouched: status too-new, no recovery offered', async () => {
    const { dbPath, clock } = await appWithBackup();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(dbPath);
    db.pragma('user_version = 99');
    db.close();
    const bytes = fs.readFileSync(dbPath);
    const app = await start(dbPath, clock);
    expect(await call(app.service, 'getStartupStatus', {})).toMatchObject({ status: 'too-new', dbPath, fileVersion: 99 });
    expect((await callError(app.service, 'listAccounts', {})).messageKey).toBe('error.backup.tooNew');
    expect((await callError(app.service, 'recoverFromBackup', { name: null })).messageKey).toBe('error.backup.tooNew');
    expect(fs.readFileSync(dbPath).equals(bytes)).toBe(true);
    expect(listBackups(dbPath)).toHaveLength(1); // no daily backup of a file we refused
  });
});

function fileFixture(): string {
  return fileURLToPath(new URL('../../fixtures/corrupt/garbage.sqlite3', import.meta.url));
}
