// Backups and restores under concurrent calls: every call either succeeds or gets a typed error,
// and no backup file — neither the one being restored nor a new one — is lost.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir, listBackups } from '../../../electron/db/backup';
import type { Method } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { call } from '../service/helpers';
import { clockAt, contentsOf, freshDbPath, start } from './helpers';

describe('two createBackup calls in the same millisecond', () => {
  it('both succeed, under two names, each a complete backup', async () => {
    const dbPath = freshDbPath();
    const app = await start(dbPath, clockAt('2026-03-10T10:00:00.000Z'), { dailyBackup: false });
    await call(app.service, 'createAccount', { name: 'Acme' });
    const envs = await Promise.all([0, 1, 2].map(() => dispatch(app.service, 'createBackup', {})));
    expect(envs.map((e) => e.ok)).toEqual([true, true, true]);
    const names = envs.map((e) => (e.ok ? e.value.name : ''));
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(contentsOf(path.join(backupsDir(dbPath), name)).accounts).toEqual(['Acme']);
    expect(fs.readdirSync(backupsDir(dbPath)).filter((n) => n.includes('.partial'))).toEqual([]);
  });
});

describe('calls made while a restore runs', () => {
  it('get a typed "restore running" error or an answer, and neither backup file is lost', async () => {
    const dbPath = freshDbPath();
    const clock = clockAt('2026-03-10T08:00:00.000Z');
    const app = await start(dbPath, clock);
    const account = await call(app.service, 'createAccount', { name: 'Acme' });
    for (let i = 0; i < 200; i++) await call(app.service, 'createPerson', { accountId: account.id, name: `P${i}`, notes: 'x'.repeat(2000) });
    // The daily backup of this morning holds no account; it is the one restored.
    const daily = listBackups(dbPath).find((b) => b.reason === 'daily')!;
    clock.advance(3_600_000);

    const restore = dispatch(app.service, 'restoreBackup', { name: daily.name });
    let restoreDone = false;
    void restore.then(() => (restoreDone = true));
    const others: Array<Promise<{ method: Method; env: Awaited<ReturnType<typeof dispatch>> }>> = [];
    const probe = (method: Method, input: unknown) => others.push(dispatch(app.service, method, input).then((env) => ({ method, env })));
    while (!restoreDone) {
      probe('createBackup', {});
      probe('listAccounts', {});
      probe('createPerson', { accountId: account.id, name: 'During' });
      probe('getSupportSeries', { accountId: account.id });
      await new Promise((r) => setImmediate(r));
    }
    const restored = await restore;
    expect(restored.ok).toBe(true);
    const results = await Promise.all(others);
    const errors = results.filter((r) => !r.env.ok).map((r) => (r.env.ok ? null : { method: r.method, code: r.env.error.code, key: r.env.error.messageKey }));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((e) => e!.key !== 'error.backup.restoring')).toEqual([]);

    // The restored backup and the safety copy are both still there, and the file holds the backup.
    const names = listBackups(dbPath).map((b) => b.name);
    expect(names).toContain(daily.name);
    expect(restored.ok && names).toContain(restored.ok ? restored.value.safetyBackup!.name : '');
    expect(restored.ok && contentsOf(path.join(backupsDir(dbPath), restored.value.safetyBackup!.name)).people).toBe(200);
    expect((await call(app.service, 'listAccounts', {})).map((a) => a.name)).toEqual([]);
    // Every backup a concurrent call reported is on disk.
    for (const r of results) if (r.method === 'createBackup' && r.env.ok) expect(names).toContain((r.env.value as { name: string }).name);
  });

  it('a second restore while one runs is refused as busy', async () => {
    const dbPath = freshDbPath();
    const app = await start(dbPath, clockAt('2026-03-10T08:00:00.000Z'));
    const daily = listBackups(dbPath)[0]!;
    const [a, b] = await Promise.all([dispatch(app.service, 'restoreBackup', { name: daily.name }), dispatch(app.service, 'restoreBackup', { name: daily.name })]);
    expect(a.ok).toBe(true);
    expect(b).toMatchObject({ ok: false, error: { code: 'conflict', messageKey: 'error.backup.busy' } });
  });
});
