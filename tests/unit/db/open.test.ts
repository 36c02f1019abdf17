import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseCorruptError, DatabaseTooNewError } from '../../../electron/db/errors';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { openDatabase } from '../../../electron/db/open';
import { tempDbPath, tempDir } from '../service/helpers';

function snapshot(file: string): { bytes: Buffer; siblings: string[] } {
  return { bytes: fs.readFileSync(file), siblings: fs.readdirSync(path.dirname(file)).sort() };
}

function writeNewerDb(file: string, version: number, journal: 'wal' | 'delete'): void {
  const db = new Database(file);
  db.pragma(`journal_mode = ${journal}`);
  db.exec("CREATE TABLE future_things (id TEXT PRIMARY KEY); INSERT INTO future_things VALUES ('from the future');");
  db.pragma(`user_version = ${version}`);
  db.close();
}

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout, read back from the connection', () => {
    const db = openDatabase(tempDbPath());
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      db.close();
    }
  });

  it('creates a fresh file at the latest schema version', () => {
    const file = tempDbPath();
    openDatabase(file).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['accounts', 'history', 'people', 'positions', 'relationships', 'settings']));
    db.close();
  });

  it('reopens an existing file without migrating it again and keeps its data', () => {
    const file = tempDbPath();
    const first = openDatabase(file);
    first.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
    first.close();
    const migrations: number[] = [];
    const second = openDatabase(file, { beforeMigrate: (_db, step) => migrations.push(step.toVersion) });
    expect(migrations).toEqual([]);
    expect(second.prepare("SELECT value FROM settings WHERE key = 'k'").pluck().get()).toBe('v');
    second.close();
  });

  for (const journal of ['wal', 'delete'] as const) {
    it(`refuses a database from a newer version (${journal} journal) and leaves the file byte-for-byte untouched`, () => {
      const file = tempDbPath();
      writeNewerDb(file, LATEST_VERSION + 7, journal);
      const before = snapshot(file);
      let caught: unknown;
      try {
        openDatabase(file);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(DatabaseTooNewError);
      const err = caught as DatabaseTooNewError;
      expect(err.message).toBe(
        `This database was written by a newer version of Powermap (schema ${LATEST_VERSION + 7}; this version knows up to ${LATEST_VERSION}). Update Powermap to open it.`,
      );
      expect(err.fileVersion).toBe(LATEST_VERSION + 7);
      expect(err.knownVersion).toBe(LATEST_VERSION);
      const after = snapshot(file);
      expect(after.bytes.equals(before.bytes)).toBe(true);
      expect(after.siblings).toEqual(before.siblings);
    });
  }

  it('refuses a newer version that is still only in the write-ahead log (crashed newer app), main file untouched', () => {
    const src = tempDbPath();
    const writer = new Database(src);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('CREATE TABLE t (a)');
    writer.pragma('wal_checkpoint(TRUNCATE)');
    writer.pragma(`user_version = ${LATEST_VERSION + 1}`);
    const dir = tempDir();
    const file = path.join(dir, 'copy.sqlite');
    fs.copyFileSync(src, file);
    fs.copyFileSync(`${src}-wal`, `${file}-wal`);
    writer.close();
    expect(fs.readFileSync(file).readUInt32BE(60)).toBe(0);
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a SQLite database with DatabaseCorruptError and does not touch it', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    const garbage = Buffer.alloc(8192);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 251;
    fs.writeFileSync(file, garbage);
    expect(() => openDatabase(file)).toThrow(DatabaseCorruptError);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });

  it('reports a damaged database (failed quick_check) as DatabaseCorruptError', () => {
    const file = tempDbPath();
    const db = openDatabase(file);
    const insert = db.prepare("INSERT INTO settings (key, value) VALUES (?, ?)");
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`key-${i}`, 'x'.repeat(200));
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the middle of the file: b-tree pages of the settings table.
    for (let p = 3; p < bytes.length / pageSize - 1; p += 3) bytes.fill(0x5a, p * pageSize, p * pageSize + 64);
    fs.writeFileSync(file, bytes);
    expect(() => openDatabase(file)).toThrow(DatabaseCorruptError);
  });

  it('creates the folder of a first-launch database path', () => {
    const file = path.join(tempDir(), 'User Data', 'Powermap', 'powermap.sqlite');
    openDatabase(file).close();
    expect(fs.existsSync(file)).toBe(true);
  });

  it('opens an empty (zero-byte) file as a new database', () => {
    const file = tempDbPath();
    fs.writeFileSync(file, '');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('removes check copies abandoned by an app killed mid-check (over an hour old), and only those', () => {
    const file = tempDbPath();
    openDatabase(file).close();
    const stale = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-check-'));
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-check-'));
    fs.writeFileSync(path.join(stale, 'check.sqlite3'), 'a copy of the rep data');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(stale, twoHoursAgo, twoHoursAgo);
    try {
      openDatabase(file).close();
      expect(fs.existsSync(stale)).toBe(false);
      expect(fs.existsSync(fresh)).toBe(true);
    } finally {
      fs.rmSync(stale, { recursive: true, force: true });
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });
});
