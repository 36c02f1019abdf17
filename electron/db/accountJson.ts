// Reading one account's complete state (rows, positions of every layout, history log) for the account
// JSON file, and writing an already-remapped document back as a new account in one transaction.
import type BetterSqlite3 from 'better-sqlite3';
import type { LayoutName } from '../../shared/domain/model';
import { ACCOUNT_JSON_FORMAT, ACCOUNT_JSON_VERSION, type AccountJson, type HistoryRecord, type PositionRecord } from '../../shared/import/accountJson';
import { accountToRow, rowToAccount, type AccountRow } from './accounts';
import { personToRow, rowToPerson, type PersonRow } from './people';
import { createRelationshipsRepo } from './relationships';
import { MAIN_HISTORY_ENTITIES, readVisitsSection, writeVisitsSection } from './visitsAccountJson';

interface HistoryRow {
  entity: string;
  entity_id: string;
  op: string;
  at: string;
  day: string;
  data: string;
}

const hasSnapshots = (db: BetterSqlite3.Database) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'snapshots'").get() !== undefined;

/** Everything of one account, or null if there is no such account. Runs as one consistent read. */
export function readAccountJson(db: BetterSqlite3.Database, accountId: string, exportedAt: string, appVersion: string): AccountJson | null {
  return db.transaction((): AccountJson | null => {
    const accountRow = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE id = ?').get(accountId);
    if (!accountRow) return null;
    const people = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE account_id = ? ORDER BY created_at, rowid').all(accountId).map(rowToPerson);
    const relationships = createRelationshipsRepo(db).listByAccount(accountId);
    const positions = db
      .prepare<[string], { person_id: string; layout: string; x: number; y: number }>('SELECT person_id, layout, x, y FROM positions WHERE account_id = ? ORDER BY layout, rowid')
      .all(accountId)
      .map((r): PositionRecord => ({ personId: r.person_id, layout: r.layout as LayoutName, x: r.x, y: r.y }));
    const history = db
      .prepare<[string], HistoryRow>(`SELECT entity, entity_id, op, at, day, data FROM history WHERE account_id = ? AND ${MAIN_HISTORY_ENTITIES} ORDER BY seq`)
      .all(accountId)
      .map((r) => ({ entity: r.entity, entityId: r.entity_id, op: r.op, at: r.at, day: r.day, data: JSON.parse(r.data) }) as HistoryRecord);
    const snapshots = hasSnapshots(db)
      ? db
          .prepare<[string], { id: string; account_id: string; name: string; day: string; created_at: string }>('SELECT * FROM snapshots WHERE account_id = ? ORDER BY day, rowid')
          .all(accountId)
          .map((r) => ({ id: r.id, accountId: r.account_id, name: r.name, day: r.day, createdAt: r.created_at }))
      : [];
    return {
      format: ACCOUNT_JSON_FORMAT,
      version: ACCOUNT_JSON_VERSION,
      exportedAt,
      appVersion,
      account: rowToAccount(accountRow),
      people,
      relationships,
      positions,
      history,
      snapshots,
      visits: readVisitsSection(db, accountId),
    };
  }).deferred();
}

/** Inserts a document whose ids are all new (see remapAccountJson); all or nothing. */
export function writeAccountJson(db: BetterSqlite3.Database, doc: AccountJson): void {
  const insertAccount = db.prepare<[AccountRow]>(
    `INSERT INTO accounts (id, name, segment, notes, stage, product_fit, centralized_purchasing, budget_amount,
       budget_cycle, budget_process, archived, created_at, updated_at)
     VALUES (@id, @name, @segment, @notes, @stage, @product_fit, @centralized_purchasing, @budget_amount,
       @budget_cycle, @budget_process, @archived, @created_at, @updated_at)`,
  );
  const insertPerson = db.prepare<[PersonRow]>(
    `INSERT INTO people (id, account_id, name, title, department, buying_role, stance, is_top_decision_maker,
       authority, expertise, access_to_top, pinned_score, met, last_contact, notes, created_at, updated_at)
     VALUES (@id, @account_id, @name, @title, @department, @buying_role, @stance, @is_top_decision_maker,
       @authority, @expertise, @access_to_top, @pinned_score, @met, @last_contact, @notes, @created_at, @updated_at)`,
  );
  const insertRelationship = db.prepare(
    'INSERT INTO relationships (id, account_id, from_id, to_id, type, strength, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertPosition = db.prepare('INSERT INTO positions (person_id, account_id, layout, x, y) VALUES (?, ?, ?, ?, ?)');
  const insertHistory = db.prepare('INSERT INTO history (account_id, entity, entity_id, op, at, day, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertSnapshot = doc.snapshots?.length ? db.prepare('INSERT INTO snapshots (id, account_id, name, day, created_at) VALUES (?, ?, ?, ?, ?)') : null;
  db.transaction(() => {
    const accountId = doc.account.id;
    insertAccount.run(accountToRow(doc.account));
    for (const p of doc.people) insertPerson.run(personToRow(p));
    for (const r of doc.relationships) insertRelationship.run(r.id, accountId, r.fromId, r.toId, r.type, r.strength, r.createdAt);
    for (const p of doc.positions) insertPosition.run(p.personId, accountId, p.layout, p.x, p.y);
    for (const h of doc.history) insertHistory.run(accountId, h.entity, h.entityId, h.op, h.at, h.day, JSON.stringify(h.data));
    for (const sn of doc.snapshots ?? []) insertSnapshot!.run(sn.id, accountId, sn.name, sn.day, sn.createdAt);
    writeVisitsSection(db, accountId, doc.visits);
  }).immediate();
}

/** The account-file operations over one open database, as the store exposes them. */
export function createAccountJsonRepo(db: BetterSqlite3.Database) {
  return {
    read: (accountId: string, exportedAt: string, appVersion: string) => readAccountJson(db, accountId, exportedAt, appVersion),
    write: (doc: AccountJson) => writeAccountJson(db, doc),
  };
}
