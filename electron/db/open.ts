// Opens the one Powermap database file. An existing file is checked first without writing to it
// (refused if it is from a newer app version, or damaged, exactly as it was found); only a file that
// passed gets the durability pragmas and is migrated. Two processes may open a brand-new file at the
// same moment: the WAL switch waits for the other one, and migrations re-read the version under the
// write lock (migrations.ts).
import fs from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { checkFile, guard, sleepSync } from './checkFile';
import { DatabaseCorruptError, DatabaseTooNewError } from './errors';
import { LATEST_VERSION, latestOf, migrate, type BeforeMigrate, type Migration } from './migrations';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron's), if not Node's. */
  nativeBinding?: string | undefined;
  beforeMigrate?: BeforeMigrate | undefined;
  /** For tests: a different migration list. */
  migrations?: readonly Migration[] | undefined;
  /**
   * Open without the whole-file quick_check (the header is still read). Only for a file that
   * canCheckLater() accepted: its caller runs the check after the window shows (checkInBackground.ts)
   * and lets no write through until it passed.
   */
  skipFileCheck?: boolean | undefined;
}

/** How long opening waits for another process holding the file (SQLite's busy timeout, and our retries). */
const BUSY_TIMEOUT_MS = 5000;

export function openDatabase(path: string, options: OpenOptions = {}): BetterSqlite3.Database {
  const known = options.migrations ? latestOf(options.migrations) : LATEST_VERSION;
  const nativeOpt = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  if (path !== ':memory:' && fs.existsSync(path) && fs.statSync(path).size > 0) {
    // The header first: reading it touches nothing, and refuses a newer file without opening it at all.
    const headerVersion = readHeaderVersion(path);
    if (headerVersion > known) throw new DatabaseTooNewError(path, headerVersion, known);
    // Then the whole file, read-only (a version bump may still be only in the write-ahead log).
    if (!options.skipFileCheck) {
      const check = checkFile(path, nativeOpt, BUSY_TIMEOUT_MS);
      if (check.version > known) throw new DatabaseTooNewError(path, check.version, known);
      if (check.problems.length > 0) throw new DatabaseCorruptError(path, check.problems);
    }
  }
  // First launch: the user-data folder (or a test's chosen folder) may not exist yet.
  if (path !== ':memory:') fs.mkdirSync(dirname(path), { recursive: true });
  const db = guard(path, () => new Database(path, { ...nativeOpt, timeout: BUSY_TIMEOUT_MS }));
  try {
    guard(path, () => {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      switchToWal(db);
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
    });
    guard(path, () => migrate(db, { migrations: options.migrations, beforeMigrate: options.beforeMigrate, path }));
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * journal_mode = WAL needs the file to itself for a moment, and SQLite can answer SQLITE_BUSY at once
 * (without its busy handler) while another process is creating or switching the same file: retry.
 */
function switchToWal(db: BetterSqlite3.Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw err;
      sleepSync(5 + Math.random() * 20);
    }
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
