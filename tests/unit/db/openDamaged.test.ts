// A damaged database is checked before anything writes to it: the failed open leaves the file (and
// its write-ahead log) byte-for-byte as the rep had it, and start-up recovery sets that very file
// aside as `.corrupt-…`. The damage is past the header (an interior b-tree page of a real file).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseCorruptError } from '../../../electron/db/errors';
import { openDatabase } from '../../../electron/db/open';
import { call, tempDir } from '../service/helpers';
import { clockAt, freshDbPath, start } from '../backup/helpers';
import { bundleChild, startChild } from './children/spawn';
import { filesOf, writeDamagedDb, type Journal } from './damagedFile';

const JOURNALS: Journal[] = ['wal', 'rollback', 'wal-with-log'];

describe('opening a database damaged past its header', () => {
  it.each(JOURNALS)('%s: the fixture is really damaged, and only inside (header intact)', async (journal) => {
    const dbPath = freshDbPath();
    await writeDamagedDb(dbPath, journal);
    const copyDir = path.dirname(dbPath) + '-copy';
    fs.mkdirSync(copyDir);
    for (const [name, bytes] of Object.entries(filesOf(dbPath))) fs.writeFileSync(path.join(copyDir, name === 'main' ? 'db' : `db${name}`), bytes);
    const db = new Database(path.join(copyDir, 'db'));
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
      expect(db.pragma('quick_check', { simple: true })).not.toBe('ok');
      expect(() => db.prepare('SELECT sum(length(notes)) FROM people').get()).toThrow(/malformed/);
    } finally {
      db.close();
      fs.rmSync(copyDir, { recursive: true, force: true });
    }
  });

  it.each(JOURNALS)('%s: refused with DatabaseCorruptError, the file and its log byte-for-byte unchanged', async (journal) => {
    const dbPath = freshDbPath();
    await writeDamagedDb(dbPath, journal);
    const before = filesOf(dbPath);
    expect(() => openDatabase(dbPath)).toThrow(DatabaseCorruptError);
    const after = filesOf(dbPath);
    // A read-only look at a file with a log may add the log's index (-shm); it never changes the data.
    delete after['-shm'];
    delete before['-shm'];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) expect(after[name]!.equals(before[name]!), `${name} changed`).toBe(true);
  });

  it.each(JOURNALS)('%s: recovery sets aside exactly the original file', async (journal) => {
    const dbPath = freshDbPath();
    await writeDamagedDb(dbPath, journal);
    const original = filesOf(dbPath);
    const clock = clockAt('2026-03-11T09:00:00.000Z');
    const app = await start(dbPath, clock);
    expect(await call(app.service, 'getStartupStatus', {})).toMatchObject({ status: 'corrupt', dbPath });
    const result = await call(app.service, 'recoverFromBackup', { name: null });
    const kept = result.corruptFileKeptAt!;
    expect(path.basename(kept)).toBe('powermap.sqlite3.corrupt-20260311-090000-000');
    expect(fs.readFileSync(kept).equals(original.main!), 'the set-aside copy is the original file').toBe(true);
    if (original['-wal']) expect(fs.readFileSync(`${kept}-wal`).equals(original['-wal']), 'and its log').toBe(true);
    expect(await call(app.service, 'listAccounts', {})).toEqual([]);
  });
});

describe('a rollback-journal file whose writer was killed mid-transaction', () => {
  it('is not mistaken for damage: the check rolls the journal back in its copy, the open rolls it back in the file', async () => {
    const holder = await bundleChild('holdWriteLock');
    try {
      const file = path.join(tempDir(), 'powermap.sqlite3');
      const setup = new Database(file);
      setup.exec('CREATE TABLE other_tool (note TEXT)');
      const insert = setup.prepare('INSERT INTO other_tool (note) VALUES (?)');
      setup.transaction(() => {
        for (let i = 0; i < 300; i++) insert.run(`committed ${i} ${'c'.repeat(900)}`);
      })();
      setup.close();
      // The child replaces every row in one transaction, bigger than its cache: pages reach the file.
      const child = startChild(holder.file, [file, '10000', '2000']);
      await child.next((l) => (l as { locked?: boolean }).locked === true);
      child.proc.kill('SIGKILL');
      await child.exited;
      expect(fs.statSync(`${file}-journal`).size).toBeGreaterThan(0);

      const db = openDatabase(file);
      try {
        expect(db.prepare("SELECT count(*) FROM other_tool WHERE note LIKE 'committed %'").pluck().get()).toBe(300);
        expect(db.prepare('SELECT count(*) FROM other_tool').pluck().get()).toBe(300);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        db.close();
      }
    } finally {
      holder.cleanup();
    }
  }, 60_000);
});
