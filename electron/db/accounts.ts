// SQL for the accounts table; rows map to the shared Account type.
import type BetterSqlite3 from 'better-sqlite3';
import type { Account, AccountSummary, RelationshipStage } from '../../shared/domain/model';

export interface AccountRow {
  id: string;
  name: string;
  segment: string;
  notes: string;
  stage: string;
  product_fit: number;
  centralized_purchasing: number;
  budget_amount: number | null;
  budget_cycle: string;
  budget_process: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

type SummaryRow = AccountRow & { people_count: number; relationship_count: number; support_base_count: number };

export function rowToAccount(r: AccountRow): Account {
  return {
    id: r.id,
    name: r.name,
    segment: r.segment,
    notes: r.notes,
    stage: r.stage as RelationshipStage,
    productFit: r.product_fit === 1,
    centralizedPurchasing: r.centralized_purchasing === 1,
    budgetAmount: r.budget_amount,
    budgetCycle: r.budget_cycle,
    budgetProcess: r.budget_process,
    archived: r.archived === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function accountToRow(a: Account): AccountRow {
  return {
    id: a.id,
    name: a.name,
    segment: a.segment,
    notes: a.notes,
    stage: a.stage,
    product_fit: a.productFit ? 1 : 0,
    centralized_purchasing: a.centralizedPurchasing ? 1 : 0,
    budget_amount: a.budgetAmount,
    budget_cycle: a.budgetCycle,
    budget_process: a.budgetProcess,
    archived: a.archived ? 1 : 0,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

export function createAccountsRepo(db: BetterSqlite3.Database) {
  const get = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE id = ?');
  const insert = db.prepare<[AccountRow]>(
    `INSERT INTO accounts (id, name, segment, notes, stage, product_fit, centralized_purchasing, budget_amount,
       budget_cycle, budget_process, archived, created_at, updated_at)
     VALUES (@id, @name, @segment, @notes, @stage, @product_fit, @centralized_purchasing, @budget_amount,
       @budget_cycle, @budget_process, @archived, @created_at, @updated_at)`,
  );
  const update = db.prepare<[AccountRow]>(
    `UPDATE accounts SET name = @name, segment = @segment, notes = @notes, stage = @stage, product_fit = @product_fit,
       centralized_purchasing = @centralized_purchasing, budget_amount = @budget_amount, budget_cycle = @budget_cycle,
       budget_process = @budget_process, archived = @archived, created_at = @created_at, updated_at = @updated_at
     WHERE id = @id`,
  );
  const remove = db.prepare<[string]>('DELETE FROM accounts WHERE id = ?');
  const summaries = db.prepare<[number], SummaryRow>(
    `SELECT a.*,
       (SELECT count(*) FROM people p WHERE p.account_id = a.id) AS people_count,
       (SELECT count(*) FROM relationships r WHERE r.account_id = a.id) AS relationship_count,
       (SELECT count(*) FROM people p WHERE p.account_id = a.id AND p.stance IN ('ally', 'supporter')) AS support_base_count
     FROM accounts a
     WHERE a.archived = 0 OR ? = 1`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM accounts');

  return {
    get(id: string): Account | null {
      const r = get.get(id);
      return r ? rowToAccount(r) : null;
    },
    insert(a: Account): void {
      insert.run(accountToRow(a));
    },
    update(a: Account): void {
      update.run(accountToRow(a));
    },
    delete(id: string): void {
      remove.run(id);
    },
    /** Summaries in no particular order: sorting is locale-aware and belongs to the service. */
    listSummaries(includeArchived: boolean): AccountSummary[] {
      return summaries.all(includeArchived ? 1 : 0).map((r) => ({
        ...rowToAccount(r),
        peopleCount: r.people_count,
        relationshipCount: r.relationship_count,
        supportBaseCount: r.support_base_count,
      }));
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
  };
}

export type AccountsRepo = ReturnType<typeof createAccountsRepo>;
