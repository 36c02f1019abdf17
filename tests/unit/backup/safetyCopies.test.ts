// Safety copies — the state saved just before a restore or a migration — are kept by their own
// rule (the 5 newest of each kind), apart from the daily/weekly retention: a restore, another
// restore, then "Back up now" must not delete the only copy of the state before the first restore.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir, listBackups } from '../../../electron/db/backup';
import { backupsToKeep, SAFETY_COPIES_KEPT } from '../../../electron/db/backupRetention';
import { call } from '../service/helpers';
import { clockAt, contentsOf, freshDbPath, start } from './helpers';

const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h);

describe('safety copies before a restore', () => {
  it('restore, restore again, back up now: both pre-restore copies and the restored backup are kept', async () => {
    const dbPath = freshDbPath();
    const clock = clockAt('2026-03-10T08:00:00.000Z');
    const app = await start(dbPath, clock);
    const daily = listBackups(dbPath).find((b) => b.reason === 'daily')!;
    await call(app.service, 'createAccount', { name: 'Only before the first restore' });
    clock.advance(60_000);
    const first = await call(app.service, 'restoreBackup', { name: daily.name });
    await call(app.service, 'createAccount', { name: 'Only before the second restore' });
    clock.advance(60_000);
    const second = await call(app.service, 'restoreBackup', { name: daily.name });
    clock.advance(60_000);
    await call(app.service, 'createBackup', {});

    const names = listBackups(dbPath).map((b) => b.name);
    expect(names).toContain(first.safetyBackup!.name);
    expect(names).toContain(second.safetyBackup!.name);
    expect(names).toContain(daily.name);
    expect(contentsOf(path.join(backupsDir(dbPath), first.safetyBackup!.name)).accounts).toEqual(['Only before the first restore']);
    expect(contentsOf(path.join(backupsDir(dbPath), second.safetyBackup!.name)).accounts).toEqual(['Only before the second restore']);
  });

  it(`keeps the ${SAFETY_COPIES_KEPT} newest pre-restore copies after many restores, and the daily ones beside them`, async () => {
    const dbPath = freshDbPath();
    const clock = clockAt('2026-03-10T08:00:00.000Z');
    const app = await start(dbPath, clock);
    const daily = listBackups(dbPath).find((b) => b.reason === 'daily')!;
    const safety: string[] = [];
    for (let i = 0; i < SAFETY_COPIES_KEPT + 2; i++) {
      clock.advance(60_000);
      safety.push((await call(app.service, 'restoreBackup', { name: daily.name })).safetyBackup!.name);
    }
    await call(app.service, 'createBackup', {});
    const kept = listBackups(dbPath).filter((b) => b.reason === 'pre-restore').map((b) => b.name);
    expect(kept).toEqual(safety.slice(-SAFETY_COPIES_KEPT).reverse());
    expect(listBackups(dbPath).map((b) => b.name)).toContain(daily.name);
  });
});

describe('retention rule for safety copies', () => {
  const b = (name: string, date: Date, reason: string) => ({ name, createdAt: date, reason });

  it('a safety copy does not take a daily backup’s place, and is kept whatever its age', () => {
    const list = [
      b('daily-mar1', at(2026, 3, 1, 8), 'daily'),
      b('restore-mar1', at(2026, 3, 1, 12), 'pre-restore'),
      b('migration-jan', at(2026, 1, 5), 'pre-migration'),
      ...Array.from({ length: 40 }, (_, i) => b(`daily-${i}`, at(2026, 3, 2 + i), 'daily')),
    ];
    const keep = backupsToKeep(list);
    expect(keep.has('restore-mar1')).toBe(true);
    expect(keep.has('migration-jan')).toBe(true);
    expect(keep.has('daily-mar1')).toBe(false); // an old daily one goes by the daily/weekly rule
  });

  it('counts each kind on its own: many restores never push out the copy taken before a migration', () => {
    const list = [
      b('migration', at(2026, 3, 1), 'pre-migration'),
      ...Array.from({ length: 9 }, (_, i) => b(`restore-${i}`, at(2026, 3, 2, 9 + i), 'pre-restore')),
    ];
    const keep = backupsToKeep(list);
    expect(keep.has('migration')).toBe(true);
    expect([...keep].filter((n) => n.startsWith('restore-')).sort()).toEqual(['restore-4', 'restore-5', 'restore-6', 'restore-7', 'restore-8']);
  });
});
