// Opens the one Powermap database file: refuses a file from a newer app version before anything
// writes to it, sets the durability pragmas, checks integrity, then migrates.
import fs from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { DatabaseCorruptError, DatabaseTooNewError } from './errors';
import { LATEST_VERSION, latestOf, migrate, userVersion, type BeforeMigrate, type Migration } from './migrations';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron's), if not Node's. */
  nativeBinding?: string | undefined;
  beforeMigrate?: BeforeMigrate | undefined;
  /** For tests: a different migration list. */
  migrations?: readonly Migration[] | undefined;
}

export function openDatabase(path: string, options: OpenOptions = {}): BetterSqlite3.Database {
  const known = options.migrations ? latestOf(options.migrations) : LATEST_VERSION;
  const nativeOpt = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  if (path !== ':memory:' && fs.existsSync(path) && fs.statSync(path).size > 0) {
    // The header first: it touches nothing (even a read-only connection may create -wal/-shm files).
    const headerVersion = readHeaderVersion(path);
    if (headerVersion > known) throw new DatabaseTooNewError(path, headerVersion, known);
    // Then read-only, which also sees a version bump still in the WAL; journal_mode=WAL would write the header.
    const probe = guard(path, () => new Database(path, { ...nativeOpt, readonly: true, fileMustExist: true }));
    try {
      const version = guard(path, () => userVersion(probe));
      if (version > known) throw new DatabaseTooNewError(path, version, known);
    } finally {
      probe.close();
    }
  }
  // First launch: the user-data folder (or a test's chosen folder) may not exist yet.
  if (path !== ':memory:') fs.mkdirSync(dirname(path), { recursive: true });
  const db = guard(path, () => new Database(path, nativeOpt));
  try {
    guard(path, () => {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    });
    const problems = guard(path, () => db.pragma('quick_check') as Array<{ quick_check: string }>)
      .map((r) => r.quick_check)
      .filter((r) => r !== 'ok');
    if (problems.length > 0) throw new DatabaseCorruptError(path, problems);
    guard(path, () => migrate(db, { migrations: options.migrations, beforeMigrate: options.beforeMigrate, path }));
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

const MAGIC = 'SQLite format 3\u0000';

/** user_version from the 100-byte file header (offset 60, big-endian); refuses non-SQLite files. */
function readHeaderVersion(path: string): number {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(path, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== MAGIC) {
    throw new DatabaseCorruptError(path, ['the file is not a SQLite database (bad header)']);
  }
  return header.readUInt32BE(60);
}

const CORRUPT_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX']);

/** Turns SQLite's "not a database" / "malformed" failures into DatabaseCorruptError. */
function guard<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && CORRUPT_CODES.has(code)) {
      throw new DatabaseCorruptError(path, [err instanceof Error ? err.message : String(err)]);
    }
    throw err;
  }
}
