// Read-only queries over the history log for replay and the daily series. Every query is a range
// scan of history_account_day (account_id, day, seq), already in replay order, so SQLite never sorts.
import type BetterSqlite3 from 'better-sqlite3';
import type { HistoryRow } from '../../shared/history/types';

const COLUMNS = 'seq, entity, entity_id AS entityId, op, at, day, data';

export function createHistoryReads(db: BetterSqlite3.Database) {
  const all = db.prepare<[string], HistoryRow>(`SELECT ${COLUMNS} FROM history WHERE account_id = ? ORDER BY day, seq`);
  const until = db.prepare<[string, string], HistoryRow>(
    `SELECT ${COLUMNS} FROM history WHERE account_id = ? AND day <= ? ORDER BY day, seq`,
  );
  const first = db.prepare<[string], { day: string | null }>('SELECT min(day) AS day FROM history WHERE account_id = ?');

  return {
    /** The account's rows in replay order (day, seq), optionally only those up to `untilDay`. */
    rows(accountId: string, untilDay?: string): HistoryRow[] {
      return untilDay === undefined ? all.all(accountId) : until.all(accountId, untilDay);
    },
    /** The first day the account has history, or null. */
    firstDay(accountId: string): string | null {
      return first.get(accountId)?.day ?? null;
    },
  };
}

export type HistoryReads = ReturnType<typeof createHistoryReads>;
