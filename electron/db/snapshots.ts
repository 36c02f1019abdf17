// Named snapshots: a label the rep puts on a day ("before visit 3 Nov"). The state of that day is
// rebuilt from history, so a snapshot stores only its name and day.
import type BetterSqlite3 from 'better-sqlite3';
import type { Snapshot } from '../../shared/history/types';

/** Migration 2. */
export const SNAPSHOTS_SCHEMA = `
CREATE TABLE snapshots (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),
  day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_at TEXT NOT NULL,
  UNIQUE (account_id, name)
) STRICT;
CREATE INDEX snapshots_account_day ON snapshots(account_id, day);
`;

interface SnapshotRow {
  id: string;
  account_id: string;
  name: string;
  day: string;
  created_at: string;
}

const rowToSnapshot = (r: SnapshotRow): Snapshot => ({ id: r.id, accountId: r.account_id, name: r.name, day: r.day, createdAt: r.created_at });

export function createSnapshotsRepo(db: BetterSqlite3.Database) {
  const get = db.prepare<[string], SnapshotRow>('SELECT * FROM snapshots WHERE id = ?');
  const byAccount = db.prepare<[string], SnapshotRow>(
    'SELECT * FROM snapshots WHERE account_id = ? ORDER BY day DESC, created_at DESC, rowid DESC',
  );
  const byName = db.prepare<[string, string], SnapshotRow>('SELECT * FROM snapshots WHERE account_id = ? AND name = ?');
  const insert = db.prepare<[SnapshotRow]>(
    'INSERT INTO snapshots (id, account_id, name, day, created_at) VALUES (@id, @account_id, @name, @day, @created_at)',
  );
  const rename = db.prepare<[string, string]>('UPDATE snapshots SET name = ? WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM snapshots WHERE id = ?');

  return {
    get(id: string): Snapshot | null {
      const r = get.get(id);
      return r ? rowToSnapshot(r) : null;
    },
    /** Newest day first. */
    listByAccount(accountId: string): Snapshot[] {
      return byAccount.all(accountId).map(rowToSnapshot);
    },
    findByName(accountId: string, name: string): Snapshot | null {
      const r = byName.get(accountId, name);
      return r ? rowToSnapshot(r) : null;
    },
    insert(s: Snapshot): void {
      insert.run({ id: s.id, account_id: s.accountId, name: s.name, day: s.day, created_at: s.createdAt });
    },
    rename(id: string, name: string): void {
      rename.run(name, id);
    },
    delete(id: string): void {
      remove.run(id);
    },
  };
}

export type SnapshotsRepo = ReturnType<typeof createSnapshotsRepo>;
