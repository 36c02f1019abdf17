// Read-only queries over the history log for replay and the daily series. Whole-log reads are range
// scans of history_account_day (account_id, day, seq), already in replay order, so SQLite never sorts.
// The state as of a day reads one row per entity instead (history_entity_day, migration 6).
import type BetterSqlite3 from 'better-sqlite3';
import { firstRealDay } from '../../shared/history/bounds';
import type { LatestRow } from '../../shared/history/replay';
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

  // Per entity of the account with a row up to @day: its last row in replay order (day, seq) up to
  // @day, and the seq of its very first row (the replay breaks created_at ties by it). Both are
  // seeks on history_entity_day; the entity list is a scan of that index alone. A delete's data is
  // not read: the entity is gone, only its first seq matters (an undo may bring it back later).
  const latest = db.prepare<{ accountId: string; day: string }, LatestRow>(
    `SELECT h.seq, h.entity, h.entity_id AS entityId, h.op, h.at, h.day,
            CASE WHEN h.op = 'delete' THEN '' ELSE h.data END AS data, m.firstSeq
     FROM (
       SELECT
         (SELECT x.seq FROM history x WHERE x.account_id = @accountId AND x.entity_id = e.entity_id AND x.day <= @day
          ORDER BY x.day DESC, x.seq DESC LIMIT 1) AS lastSeq,
         (SELECT x.seq FROM history x WHERE x.account_id = @accountId AND x.entity_id = e.entity_id
          ORDER BY x.day, x.seq LIMIT 1) AS firstSeq
       FROM (SELECT DISTINCT entity_id FROM history WHERE account_id = @accountId AND day <= @day) e
     ) m
     JOIN history h ON h.seq = m.lastSeq
     WHERE h.entity <> 'purchases'`,
  );
  const entityRows = db.prepare<[string, string, string], { day: string; seq: number; op: string }>(
    'SELECT day, seq, op FROM history WHERE account_id = ? AND entity_id = ? AND day <= ? ORDER BY day, seq',
  );
  // Visits tied on date and created_at keep the replay's order: when each last came (back) into being.
  const appearance = (accountId: string, row: LatestRow, day: string): [string, number] => {
    let since: [string, number] = [row.day, row.seq];
    let gone = true;
    for (const r of entityRows.all(accountId, row.entityId, day)) {
      if (r.op === 'delete') gone = true;
      else if (gone) {
        since = [r.day, r.seq];
        gone = false;
      }
    }
    return since;
  };
  const between = db.prepare<[string, string, string], HistoryRow>(
    `SELECT ${COLUMNS} FROM history WHERE account_id = ? AND day > ? AND day <= ? ORDER BY day, seq`,
  );

  return {
    /**
     * Each entity's last row up to `day`: loading them (Replayer.load) gives the same state as
     * replaying the whole log to `day`, reading one row per entity instead of every row. Visits come
     * last, in the order they last came into being (the replay's order for visits tied on date and
     * creation time); the other entities' order does not matter.
     */
    latestRows(accountId: string, day: string): LatestRow[] {
      const rows = latest.all({ accountId, day });
      const visits = rows.filter((r) => r.entity === 'visit' && r.op !== 'delete');
      if (visits.length < 2) return rows;
      const since = new Map(visits.map((r) => [r, appearance(accountId, r, day)]));
      visits.sort((a, b) => {
        const [x, y] = [since.get(a)!, since.get(b)!];
        return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1];
      });
      return [...rows.filter((r) => r.entity !== 'visit' || r.op === 'delete'), ...visits];
    },
    /** The account's rows dated after `afterDay` up to `untilDay`, in replay order. */
    rowsBetween(accountId: string, afterDay: string, untilDay: string): HistoryRow[] {
      return between.all(accountId, afterDay, untilDay);
    },
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
