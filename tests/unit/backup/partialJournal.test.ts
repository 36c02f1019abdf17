// A backup killed mid-write leaves its `.partial` file and SQLite's rollback journal beside it
// (`.partial-journal`): both are cleaned up once stale, never while a backup may be writing them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir, listBackups } from '../../../electron/db/backup';
import { clockAt, freshDbPath, start } from './helpers';

describe('leftovers of a killed backup', () => {
  it('stale *.partial-journal files are removed like *.partial, fresh ones are kept', async () => {
    const dbPath = freshDbPath();
    const dir = backupsDir(dbPath);
    fs.mkdirSync(dir, { recursive: true });
    const stale = path.join(dir, 'powermap-20260301-000000-000-daily.sqlite3.partial');
    const staleJournal = `${stale}-journal`;
    const freshJournal = path.join(dir, 'powermap-20260310-095959-000-manual.sqlite3.partial-journal');
    for (const f of [stale, staleJournal, freshJournal]) fs.writeFileSync(f, 'half');
    const old = new Date(Date.now() - 2 * 3_600_000);
    fs.utimesSync(stale, old, old);
    fs.utimesSync(staleJournal, old, old);

    (await start(dbPath, clockAt('2026-03-10T10:00:00.000Z'))).close();

    expect(listBackups(dbPath).map((b) => b.reason)).toEqual(['daily']);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(staleJournal)).toBe(false);
    expect(fs.existsSync(freshJournal)).toBe(true);
  });
});
