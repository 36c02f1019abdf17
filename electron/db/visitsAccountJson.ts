// The visits section of the account JSON file (shared/visits/accountJsonSection.ts): read with the
// rest of the account, and written inside the import's transaction.
import type BetterSqlite3 from 'better-sqlite3';
import type { VisitHistoryRecord, VisitsSection } from '../../shared/visits/accountJsonSection';
import { createPurchasesRepo } from './purchases';
import { createVisitsRepo } from './visits';

interface HistoryRow {
  entity: string;
  entity_id: string;
  op: string;
  at: string;
  day: string;
  data: string;
}

/** History rows the main "history" list of the file carries (visit and purchases rows go in the section). */
export const MAIN_HISTORY_ENTITIES = "entity IN ('account', 'person', 'relationship')";

/** Call inside the export's read transaction. */
export function readVisitsSection(db: BetterSqlite3.Database, accountId: string): VisitsSection {
  const purchases = createPurchasesRepo(db).get(accountId);
  const history = db
    .prepare<[string], HistoryRow>("SELECT entity, entity_id, op, at, day, data FROM history WHERE account_id = ? AND entity IN ('visit', 'purchases') ORDER BY seq")
    .all(accountId)
    .map((r) => ({ entity: r.entity, entityId: r.entity_id, op: r.op, at: r.at, day: r.day, data: JSON.parse(r.data) }) as VisitHistoryRecord);
  return {
    visits: createVisitsRepo(db).listByAccount(accountId).reverse(),
    purchases: purchases.updatedAt === null ? null : purchases,
    history,
  };
}

/** Call inside the import's transaction, after the account and its people are written. */
export function writeVisitsSection(db: BetterSqlite3.Database, accountId: string, section: VisitsSection | undefined): void {
  if (!section) return;
  const visits = createVisitsRepo(db);
  for (const v of section.visits) visits.insert(v);
  if (section.purchases) createPurchasesRepo(db).set({ ...section.purchases, updatedAt: section.purchases.updatedAt ?? new Date(0).toISOString() });
  const insertHistory = db.prepare('INSERT INTO history (account_id, entity, entity_id, op, at, day, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const h of section.history) insertHistory.run(accountId, h.entity, h.entityId, h.op, h.at, h.day, JSON.stringify(h.data));
}
