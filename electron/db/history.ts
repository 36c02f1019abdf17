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
  group_id: number | null;
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
    `INSERT INTO history (account_id, entity, entity_id, op, at, day, data, group_id)
     VALUES (@account_id, @entity, @entity_id, @op, @at, @day, @data, @group_id)`,
  );
  const byGroup = db.prepare<[number], HistoryRow>('SELECT * FROM history WHERE group_id = ? ORDER BY seq');
  const previous = db.prepare<[string, number], HistoryRow>(
    'SELECT * FROM history WHERE entity_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1',
  );
  const byAccount = db.prepare<[string], HistoryRow>('SELECT * FROM history WHERE account_id = ? ORDER BY seq');
  const byAccountUntil = db.prepare<[string, string], HistoryRow>(
    'SELECT * FROM history WHERE account_id = ? AND day <= ? ORDER BY seq',
  );
  const byEntity = db.prepare<[string], HistoryRow>('SELECT * FROM history WHERE entity_id = ? ORDER BY seq');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM history');

  return {
    /** `groupId`: the undo step (undoSteps.ts) the row belongs to; null for changes that are no step (seeding, file imports). */
    record(change: HistoryChange, at: string, day: string, groupId: number | null = null): void {
      const accountId = change.entity === 'account' ? change.data.id : change.data.accountId;
      insert.run({
        account_id: accountId,
        entity: change.entity,
        entity_id: historyEntityId(change),
        op: change.op,
        at,
        day,
        data: JSON.stringify(change.data),
        group_id: groupId,
      });
    },
    /** The rows one undo step wrote, in the order they were written. */
    listByGroup(groupId: number): HistoryEntry[] {
      return byGroup.all(groupId).map(rowToEntry);
    },
    /** The entity's row just before `seq`: its state before that change (null if none was logged). */
    previousOf(entityId: string, seq: number): HistoryEntry | null {
      const r = previous.get(entityId, seq);
      return r ? rowToEntry(r) : null;
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
