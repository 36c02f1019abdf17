// SQL for an account's yearly purchases and the rep's sustained-purchasing judgement.
import type BetterSqlite3 from 'better-sqlite3';
import type { AccountPurchases } from '../../shared/visits/model';

interface JudgementRow {
  account_id: string;
  sustained: number | null;
  reason: string | null;
  updated_at: string;
}

export function createPurchasesRepo(db: BetterSqlite3.Database) {
  const yearly = db.prepare<[string], { year: number; amount: number; currency: string }>(
    'SELECT year, amount, currency FROM yearly_purchases WHERE account_id = ? ORDER BY year',
  );
  const judgement = db.prepare<[string], JudgementRow>('SELECT * FROM purchase_judgements WHERE account_id = ?');
  const clearYearly = db.prepare<[string]>('DELETE FROM yearly_purchases WHERE account_id = ?');
  const insertYear = db.prepare<[string, number, number, string]>('INSERT INTO yearly_purchases (account_id, year, amount, currency) VALUES (?, ?, ?, ?)');
  const clearJudgement = db.prepare<[string]>('DELETE FROM purchase_judgements WHERE account_id = ?');
  const upsertJudgement = db.prepare<[JudgementRow]>(
    `INSERT INTO purchase_judgements (account_id, sustained, reason, updated_at) VALUES (@account_id, @sustained, @reason, @updated_at)
     ON CONFLICT (account_id) DO UPDATE SET sustained = excluded.sustained, reason = excluded.reason, updated_at = excluded.updated_at`,
  );

  return {
    /** The account's record; an account never set has no years, no judgement and updatedAt null. */
    get(accountId: string): AccountPurchases {
      const j = judgement.get(accountId);
      return {
        accountId,
        yearly: yearly.all(accountId),
        judgement: j && j.sustained !== null && j.reason !== null ? { sustained: j.sustained === 1, reason: j.reason } : null,
        updatedAt: j?.updated_at ?? null,
      };
    },
    /** Back to never set: no years, no judgement row (undoing the first setting). */
    clear(accountId: string): void {
      clearYearly.run(accountId);
      clearJudgement.run(accountId);
    },
    /** Replaces the whole record (call inside a transaction). */
    set(p: AccountPurchases & { updatedAt: string }): void {
      clearYearly.run(p.accountId);
      for (const y of p.yearly) insertYear.run(p.accountId, y.year, y.amount, y.currency);
      upsertJudgement.run({
        account_id: p.accountId,
        sustained: p.judgement ? (p.judgement.sustained ? 1 : 0) : null,
        reason: p.judgement?.reason ?? null,
        updated_at: p.updatedAt,
      });
    },
  };
}

export type PurchasesRepo = ReturnType<typeof createPurchasesRepo>;
