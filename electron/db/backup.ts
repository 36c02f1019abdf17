// Backups of the database file with SQLite's online backup API (db.backup(), never a file copy), into
// a `backups/` folder next to the file; listing, retention, verification, restore and recovery.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { BACKUP_NAME_PATTERN, type BackupInfo, type BackupReason } from '../../shared/import/backupTypes';
import { backupsToDelete, DEFAULT_RETENTION, localDayKey, type RetentionPolicy } from './backupRetention';
import { LATEST_VERSION } from './migrations';

export interface NativeOptions {
  nativeBinding?: string | undefined;
}

const nativeOpt = (o: NativeOptions) => (o.nativeBinding ? { nativeBinding: o.nativeBinding } : {});

export function backupsDir(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'backups');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function stampOf(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}-${pad(d.getUTCMilliseconds(), 3)}`;
}

/** Parses a backup file name; null for anything that is not one of ours. */
export function parseBackupName(name: string): { createdAt: Date; reason: BackupReason } | null {
  if (!BACKUP_NAME_PATTERN.test(name)) return null;
  const m = /^powermap-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-([a-z-]+?)(?:-\d+)?\.sqlite3$/.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, reason] = m;
  const createdAt = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, +ms!));
  return { createdAt, reason: reason as BackupReason };
}

/** Backups in the folder, newest first. */
export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupsDir(dbPath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    let size: number;
    try {
      size = fs.statSync(path.join(dir, name)).size;
    } catch {
      continue;
    }
    out.push({ name, createdAt: parsed.createdAt.toISOString(), reason: parsed.reason, sizeBytes: size });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.name < b.name ? 1 : -1));
}

export function backupPath(dbPath: string, name: string): string {
  if (!BACKUP_NAME_PATTERN.test(name)) throw new Error(`not a backup name: ${name}`);
  return path.join(backupsDir(dbPath), name);
}

/**
 * Picks an unused name and claims it by creating its `.partial` file exclusively ('wx'), so two
 * backups started in the same millisecond (or by two processes) never share a name.
 */
function claimFreshName(dir: string, now: Date, reason: BackupReason): string {
  const base = `powermap-${stampOf(now)}-${reason}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.sqlite3` : `${base}-${n}.sqlite3`;
    const final = path.join(dir, name);
    if (fs.existsSync(final)) continue;
    try {
      fs.closeSync(fs.openSync(`${final}.partial`, 'wx'));
      return name;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/** Backs up an open database (consistent even while it is in use). Written to a temp name, then renamed. */
export async function backupDatabase(db: BetterSqlite3.Database, dbPath: string, reason: BackupReason, now: Date): Promise<BackupInfo> {
  const dir = backupsDir(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const name = claimFreshName(dir, now, reason);
  const final = path.join(dir, name);
  const partial = `${final}.partial`;
  try {
    await db.backup(partial);
    fs.renameSync(partial, final);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-journal`, { force: true });
    throw err;
  }
  return { name, createdAt: parseBackupName(name)!.createdAt.toISOString(), reason, sizeBytes: fs.statSync(final).size };
}

/** Backs up a database file that is not open (e.g. before migrating it), through a read-only connection. */
export async function backupFile(srcPath: string, dbPath: string, reason: BackupReason, now: Date, options: NativeOptions = {}): Promise<BackupInfo> {
  const src = new Database(srcPath, { ...nativeOpt(options), readonly: true, fileMustExist: true });
  try {
    return await backupDatabase(src, dbPath, reason, now);
  } finally {
    src.close();
  }
}

/** Deletes automatic backups that retention no longer keeps (the rep's own "back up now" ones stay); returns their names. */
export function pruneBackups(dbPath: string, policy: RetentionPolicy = DEFAULT_RETENTION): string[] {
  const all = listBackups(dbPath)
    .filter((b) => b.reason !== 'manual')
    .map((b) => ({ ...b, createdAt: new Date(b.createdAt) }));
  const doomed = backupsToDelete(all, policy);
  for (const b of doomed) fs.rmSync(path.join(backupsDir(dbPath), b.name), { force: true });
  removeStalePartials(dbPath);
  return doomed.map((b) => b.name);
}

/**
 * Half-written backups left by a crash, and the rollback journals SQLite writes beside them
 * (`*.partial-journal`), older than an hour (so never one being written now).
 */
function removeStalePartials(dbPath: string): void {
  const dir = backupsDir(dbPath);
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.sqlite3.partial') || n.endsWith('.sqlite3.partial-journal'));
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      if (Date.now() - fs.statSync(file).mtimeMs > 3_600_000) fs.rmSync(file, { force: true });
    } catch {
      // gone already
    }
  }
}

/** True when a backup was taken on the local day of `now` (any reason but pre-restore). */
export function hasBackupToday(dbPath: string, now: Date): boolean {
  const today = localDayKey(now);
  return listBackups(dbPath).some((b) => b.reason !== 'pre-restore' && localDayKey(new Date(b.createdAt)) === today);
}

/** A usable backup: opens read-only, passes quick_check, has the accounts table and a known schema version. */
export function verifyBackupFile(file: string, options: NativeOptions = {}): boolean {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = new Database(file, { ...nativeOpt(options), readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check') as Array<{ quick_check: string }>;
    if (check.length !== 1 || check[0]!.quick_check !== 'ok') return false;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1 || version > LATEST_VERSION) return false;
    return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'accounts'").get() !== undefined;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** The newest backup that verifies, or null. */
export function findLatestGoodBackup(dbPath: string, options: NativeOptions = {}): BackupInfo | null {
  for (const b of listBackups(dbPath)) if (verifyBackupFile(path.join(backupsDir(dbPath), b.name), options)) return b;
  return null;
}

/** True when the file exists, is a Powermap database, and needs migrating. */
export function hasPendingMigration(dbPath: string, options: NativeOptions = {}): boolean {
  if (!fs.existsSync(dbPath) || fs.statSync(dbPath).size === 0) return false;
  const db = new Database(dbPath, { ...nativeOpt(options), readonly: true, fileMustExist: true });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    return version >= 1 && version < LATEST_VERSION;
  } finally {
    db.close();
  }
}

/**
 * Writes the backup's pages into the database file with the backup API (one transaction on the
 * destination, so an interrupted restore leaves the old contents). No connection to dbPath may be open.
 */
export async function restoreFileInto(backupFilePath: string, dbPath: string, options: NativeOptions = {}): Promise<void> {
  const src = new Database(backupFilePath, { ...nativeOpt(options), readonly: true, fileMustExist: true });
  try {
    await src.backup(dbPath);
  } finally {
    src.close();
  }
}

/** Moves an unreadable database (and its -wal/-shm) aside as `<file>.corrupt-<timestamp>`; never deletes it. */
export function moveAside(dbPath: string, now: Date): string {
  const aside = `${dbPath}.corrupt-${stampOf(now)}`;
  fs.renameSync(dbPath, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(dbPath + suffix)) fs.renameSync(dbPath + suffix, aside + suffix);
  }
  return aside;
}
