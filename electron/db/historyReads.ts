// Read-only queries over the history log for replay and the daily series. Whole-log reads are range
// scans of history_account_day (account_id, day, seq), already in replay order, so SQLite never sorts.
import type BetterSqlite3 from 'better-sqlite3';
import { firstRealDay } from '../../shared/history/bounds';
import type { PersonLogEntry } from '../../shared/history/seriesBuilder';
import type { HistoryRow } from '../../shared/history/types';

const COLUMNS = 'seq, entity, entity_id AS entityId, op, at, day, data';

export function createHistoryReads(db: BetterSqlite3.Database) {
  const all = db.prepare<[string], HistoryRow>(`SELECT ${COLUMNS} FROM history WHERE account_id = ? ORDER BY day, seq`);
  const until = db.prepare<[string, string], HistoryRow>(
    `SELECT ${COLUMNS} FROM history WHERE account_id = ? AND day <= ? ORDER BY day, seq`,
  );
  const personLog = db
    .prepare<[string], PersonLogEntry>("SELECT day, op = 'delete', data FROM history WHERE account_id = ? AND entity = 'person' ORDER BY day, seq")
    .raw();
  // `+account_id` keeps SQLite on the rowid range (seq > ?): a few new rows, not the account's whole index.
  const after = db.prepare<[number, string], HistoryRow>(`SELECT ${COLUMNS} FROM history WHERE seq > ? AND +account_id = ? ORDER BY seq`);
  const stats = db.prepare<[string], { n: number; maxSeq: number | null }>(
    'SELECT count(*) AS n, max(seq) AS maxSeq FROM history WHERE account_id = ?',
  );
  const first = db.prepare<[string], { day: string | null }>('SELECT min(day) AS day FROM history WHERE account_id = ?');
  // In (account_id, day) index order, stopping at the first account row: normally the very first row.
  const created = db.prepare<[string], { day: string }>("SELECT day FROM history WHERE account_id = ? AND entity = 'account' ORDER BY day, seq LIMIT 1");

  return {
    /** The account's rows in replay order (day, seq), optionally only those up to `untilDay`. */
    rows(accountId: string, untilDay?: string): HistoryRow[] {
      return untilDay === undefined ? all.all(accountId) : until.all(accountId, untilDay);
    },
    /** Every person row of the account, lean ([day, gone, data]): what the daily series reads. */
    personLog(accountId: string): PersonLogEntry[] {
      return personLog.all(accountId) as PersonLogEntry[];
    },
    /** The account's rows written after `seq` (any entity), in seq order. */
    rowsAfter(accountId: string, seq: number): HistoryRow[] {
      return after.all(seq, accountId);
    },
    /** How many rows the account has and its newest seq: tells a cache whether it is still whole. */
    stats(accountId: string): { count: number; maxSeq: number } {
      const r = stats.get(accountId);
      return { count: r?.n ?? 0, maxSeq: r?.maxSeq ?? 0 };
    },
    /**
     * The first day of the account's real history (see shared/history/bounds.ts), or null: a row
     * dated before the account was created, or before HISTORY_MIN_DAY, is damage and does not count.
     */
    firstDay(accountId: string): string | null {
      return firstRealDay(created.get(accountId)?.day ?? null, first.get(accountId)?.day ?? null);
    },
  };
}

export type HistoryReads = ReturnType<typeof createHistoryReads>;
