// Checks an existing database file before anything opens it for writing, without changing a byte
// of it: a damaged file must reach the recovery screen (and be set aside) exactly as the rep had it.
// Opening read-write is not neutral: switching a rollback-journal file to WAL rewrites its header, and
// closing a WAL connection checkpoints the log into the file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { DatabaseCorruptError } from './errors';

export interface FileCheck {
  /** user_version as a reader sees it (including a bump still in the write-ahead log). */
  version: number;
  /** quick_check's findings; empty when the file is sound. */
  problems: string[];
}

type NativeOpt = { nativeBinding?: string };

const CORRUPT_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX']);

/** Turns SQLite's "not a database" / "malformed" failures into DatabaseCorruptError. */
export function guard<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && CORRUPT_CODES.has(code)) {
      throw new DatabaseCorruptError(file, [err instanceof Error ? err.message : String(err)]);
    }
    throw err;
  }
}

/**
 * Reads the file's version and runs quick_check, leaving the file's bytes as they were.
 * - A write-ahead log beside it (a running app's, or one left by a crash) holds committed data: read
 *   the file through SQLite read-only, with its locks, so the log counts; a read-only connection never
 *   writes the database or the log (it may add the log's index, -shm).
 * - No log: check a private copy (plus a rollback journal left by a crash, which SQLite rolls back in
 *   the copy), so not even -wal/-shm files appear beside a damaged file. A copy can be torn by a writer
 *   in another process; a failed check is believed only if the file did not change meanwhile.
 */
export function checkFile(file: string, native: NativeOpt, retryForMs: number): FileCheck {
  const deadline = Date.now() + retryForMs;
  for (;;) {
    if (fs.existsSync(`${file}-wal`)) return checkInPlace(file, native);
    const before = fingerprint(file);
    const result = asProblems(() => checkCopy(file, native));
    if (result.problems.length === 0 || Date.now() > deadline) return result;
    if (fingerprint(file) === before && !fs.existsSync(`${file}-wal`)) return result;
    sleepSync(20);
  }
}

/** Blocks the thread for ms (opening is synchronous, like better-sqlite3 itself). */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function asProblems(fn: () => FileCheck): FileCheck {
  try {
    return fn();
  } catch (err) {
    if (err instanceof DatabaseCorruptError) return { version: 0, problems: err.details };
    throw err;
  }
}

/** quick_check through a read-only connection (the file is open in WAL mode elsewhere: the log counts). */
export function checkInPlace(file: string, native: NativeOpt): FileCheck {
  const db = guard(file, () => new Database(file, { ...native, readonly: true, fileMustExist: true }));
  try {
    return inspect(file, db);
  } finally {
    db.close();
  }
}

const CHECK_DIR_PREFIX = 'powermap-check-';

function checkCopy(file: string, native: NativeOpt): FileCheck {
  sweepStaleCopies();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), CHECK_DIR_PREFIX));
  try {
    const copy = path.join(dir, 'check.sqlite3');
    fs.copyFileSync(file, copy);
    copyIfPresent(`${file}-journal`, `${copy}-journal`);
    const db = guard(file, () => new Database(copy, { ...native, fileMustExist: true }));
    try {
      return inspect(file, db);
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function inspect(file: string, db: BetterSqlite3.Database): FileCheck {
  const version = guard(file, () => db.pragma('user_version', { simple: true }) as number);
  const problems = guard(file, () => db.pragma('quick_check') as Array<{ quick_check: string }>)
    .map((r) => r.quick_check)
    .filter((r) => r !== 'ok');
  return { version, problems };
}

/** Copies left by an app killed mid-check hold the rep's data: remove them once clearly abandoned. */
function sweepStaleCopies(): void {
  const tmp = os.tmpdir();
  const staleBefore = Date.now() - 60 * 60 * 1000;
  try {
    for (const name of fs.readdirSync(tmp)) {
      if (!name.startsWith(CHECK_DIR_PREFIX)) continue;
      const dir = path.join(tmp, name);
      const stat = fs.statSync(dir, { throwIfNoEntry: false });
      if (stat?.isDirectory() && stat.mtimeMs < staleBefore) fs.rmSync(dir, { recursive: true, force: true });
    }
  } catch {
    // Best effort: a folder we cannot read or remove is the OS's to clean.
  }
}

/** A journal comes and goes with each transaction of a writer in another process. */
function copyIfPresent(from: string, to: string): void {
  try {
    fs.copyFileSync(from, to);
  } catch (err) {
    if ((err as { code?: unknown }).code !== 'ENOENT') throw err;
  }
}

function fingerprint(file: string): string {
  const s = fs.statSync(file, { bigint: true });
  const journal = fs.statSync(`${file}-journal`, { bigint: true, throwIfNoEntry: false });
  return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${journal ? journal.mtimeNs : -1n}`;
}
