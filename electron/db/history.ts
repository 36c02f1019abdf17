// SQL for the append-only history log: one row per create/update/delete of an account, person or
// relationship, holding the entity's full state (after the change; before it, for delete).
import type BetterSqlite3 from 'better-sqlite3';
import type { Account, Person, Relationship } from '../../shared/domain/model';
import type { AccountPurchases, Visit } from '../../shared/visits/model';

export type HistoryEntity = 'account' | 'person' | 'relationship' | 'visit' | 'purchases';
export type HistoryOp = 'create' | 'update' | 'delete';

export type HistoryChange =
  | { entity: 'account'; op: HistoryOp; data: Account }
  | { entity: 'person'; op: HistoryOp; data: Person }
  | { entity: 'relationship'; op: HistoryOp; data: Relationship }
  | { entity: 'visit'; op: HistoryOp; data: Visit }
  | { entity: 'purchases'; op: HistoryOp; data: AccountPurchases };

/** The history row's entity id: an account has one purchases record, logged as "purchases:<accountId>". */
export function historyEntityId(change: HistoryChange): string {
  return change.entity === 'purchases' ? `purchases:${change.data.accountId}` : change.data.id;
}

export type HistoryEntry = HistoryChange & {
  seq: number;
  accountId: string;
  entityId: string;
  /** ISO instant of the change. */
  at: string;
  /** Local calendar day of `at`, YYYY-MM-DD. */
  day: string;
};

interface HistoryRow {
  seq: number;
  account_id: string;
  entity: string;
  entity_id: string;
  op: string;
  at: string;
  day: string;
  data: string;
}

function rowToEntry(r: HistoryRow): HistoryEntry {
  return {
    seq: r.seq,
    accountId: r.account_id,
    entity: r.entity,
    entityId: r.entity_id,
    op: r.op,
    at: r.at,
    day: r.day,
    data: JSON.parse(r.data),
  } as HistoryEntry;
}

export function createHistoryRepo(db: BetterSqlite3.Database) {
  const insert = db.prepare<[Omit<HistoryRow, 'seq'>]>(
    `INSERT INTO history (account_id, entity, entity_id, op, at, day, data)
     VALUES (@account_id, @entity, @entity_id, @op, @at, @day, @data)`,
  );
  const byAccount = db.prepare<[string], HistoryRow>('SELECT * FROM history WHERE account_id = ? ORDER BY seq');
  const byAccountUntil = db.prepare<[string, string], HistoryRow>(
    'SELECT * FROM history WHERE account_id = ? AND day <= ? ORDER BY seq',
  );
  const byEntity = db.prepare<[string], HistoryRow>('SELECT * FROM history WHERE entity_id = ? ORDER BY seq');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM history');

  return {
    record(change: HistoryChange, at: string, day: string): void {
      const accountId = change.entity === 'account' ? change.data.id : change.data.accountId;
      insert.run({
        account_id: accountId,
        entity: change.entity,
        entity_id: historyEntityId(change),
        op: change.op,
        at,
        day,
        data: JSON.stringify(change.data),
      });
    },
    listByAccount(accountId: string, untilDay?: string): HistoryEntry[] {
      const rows = untilDay === undefined ? byAccount.all(accountId) : byAccountUntil.all(accountId, untilDay);
      return rows.map(rowToEntry);
    },
    listByEntity(entityId: string): HistoryEntry[] {
      return byEntity.all(entityId).map(rowToEntry);
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
  };
}

export type HistoryRepo = ReturnType<typeof createHistoryRepo>;
