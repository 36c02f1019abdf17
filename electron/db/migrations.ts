// Schema migrations: versions live in SQLite's user_version; each migration and its version bump
// commit in one transaction, so a failed migration leaves the file exactly as it was.
import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS } from './migrations/list';
import { DatabaseTooNewError } from './errors';

type Db = BetterSqlite3.Database;

export interface Migration {
  version: number;
  name: string;
  /** SQL script, or a function for data migrations; runs inside the migration's transaction. */
  up: string | ((db: Db) => void);
  /**
   * For migrations that rebuild a table (create new, copy, drop old, rename): with foreign keys on,
   * DROP TABLE would cascade-delete the rows that point at it. The runner turns them off around the
   * transaction and runs foreign_key_check before committing.
   */
  rebuildsTables?: boolean;
}

/** Called before each pending migration (outside its transaction), e.g. to back the file up. */
export type BeforeMigrate = (db: Db, step: { fromVersion: number; toVersion: number; name: string }) => void;

export const LATEST_VERSION: number = latestOf(MIGRATIONS);

export function latestOf(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

export function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs every pending migration in order; returns the versions applied. The version is read again
 * inside each migration's write transaction (BEGIN IMMEDIATE): another process opening the same file
 * may have applied it meanwhile, and then it is skipped instead of failing ("table already exists").
 */
export function migrate(
  db: Db,
  options: { migrations?: readonly Migration[]; beforeMigrate?: BeforeMigrate | undefined; path?: string } = {},
): number[] {
  const migrations = [...(options.migrations ?? MIGRATIONS)].sort((a, b) => a.version - b.version);
  checkOrder(migrations);
  const latest = latestOf(migrations);
  const refuseNewer = (version: number) => {
    if (version > latest) throw new DatabaseTooNewError(options.path ?? db.name, version, latest);
  };
  refuseNewer(userVersion(db));
  const applied: number[] = [];
  for (const m of migrations) {
    const from = userVersion(db);
    if (m.version <= from) continue;
    options.beforeMigrate?.(db, { fromVersion: from, toVersion: m.version, name: m.name });
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
    if (m.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      const ran = db.transaction(() => {
        const current = userVersion(db);
        refuseNewer(current);
        if (current >= m.version) return false;
        if (typeof m.up === 'string') db.exec(m.up);
        else m.up(db);
        if (m.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
          throw new Error(`Migration ${m.version} (${m.name}) left rows pointing at missing rows`);
        }
        // user_version cannot be a bound parameter; m.version is a checked integer from code.
        db.pragma(`user_version = ${m.version}`);
        return true;
      }).immediate();
      if (ran) applied.push(m.version);
    } finally {
      if (m.rebuildsTables) db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    }
  }
  return applied;
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (!Number.isInteger(m.version) || m.version !== i + 1) {
      throw new Error(`Migration list is broken: entry ${i} has version ${m.version}, expected ${i + 1}`);
    }
  });
}
