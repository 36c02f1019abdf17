// SQL for the people table; rows map to the shared Person type.
import type BetterSqlite3 from 'better-sqlite3';
import type { BuyingRole, Person, Stance } from '../../shared/domain/model';

export interface PersonRow {
  id: string;
  account_id: string;
  name: string;
  title: string;
  department: string;
  buying_role: string;
  stance: string;
  is_top_decision_maker: number;
  /** NULL = not rated. */
  authority: number | null;
  expertise: number | null;
  access_to_top: number | null;
  pinned_score: number | null;
  met: number;
  last_contact: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export function rowToPerson(r: PersonRow): Person {
  return {
    id: r.id,
    accountId: r.account_id,
    name: r.name,
    title: r.title,
    department: r.department,
    buyingRole: r.buying_role as BuyingRole,
    stance: r.stance as Stance,
    isTopDecisionMaker: r.is_top_decision_maker === 1,
    authority: r.authority,
    expertise: r.expertise,
    accessToTop: r.access_to_top,
    pinnedScore: r.pinned_score,
    met: r.met === 1,
    lastContact: r.last_contact,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The columns of a person in the order `rawToPerson` reads them. */
const PERSON_COLUMNS =
  'id, account_id, name, title, department, buying_role, stance, is_top_decision_maker, authority, expertise, access_to_top, pinned_score, met, last_contact, notes, created_at, updated_at';

/**
 * A row read as an array (better-sqlite3 `raw`) in `PERSON_COLUMNS` order: listing an account's
 * people makes one object per person instead of two, about half the time of a listing at 2,000.
 */
export function rawToPerson(r: readonly unknown[]): Person {
  return {
    id: r[0] as string,
    accountId: r[1] as string,
    name: r[2] as string,
    title: r[3] as string,
    department: r[4] as string,
    buyingRole: r[5] as BuyingRole,
    stance: r[6] as Stance,
    isTopDecisionMaker: r[7] === 1,
    authority: r[8] as number | null,
    expertise: r[9] as number | null,
    accessToTop: r[10] as number | null,
    pinnedScore: r[11] as number | null,
    met: r[12] === 1,
    lastContact: r[13] as string | null,
    notes: r[14] as string,
    createdAt: r[15] as string,
    updatedAt: r[16] as string,
  };
}

export function personToRow(p: Person): PersonRow {
  return {
    id: p.id,
    account_id: p.accountId,
    name: p.name,
    title: p.title,
    department: p.department,
    buying_role: p.buyingRole,
    stance: p.stance,
    is_top_decision_maker: p.isTopDecisionMaker ? 1 : 0,
    authority: p.authority,
    expertise: p.expertise,
    access_to_top: p.accessToTop,
    pinned_score: p.pinnedScore,
    met: p.met ? 1 : 0,
    last_contact: p.lastContact,
    notes: p.notes,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

export function createPeopleRepo(db: BetterSqlite3.Database) {
  const get = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE id = ?');
  const byAccount = db.prepare<[string], unknown[]>(`SELECT ${PERSON_COLUMNS} FROM people WHERE account_id = ? ORDER BY created_at, rowid`).raw(true);
  const top = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE account_id = ? AND is_top_decision_maker = 1');
  const insert = db.prepare<[PersonRow & { rowid: number | null }]>(
    `INSERT INTO people (rowid, id, account_id, name, title, department, buying_role, stance, is_top_decision_maker,
       authority, expertise, access_to_top, pinned_score, met, last_contact, notes, created_at, updated_at)
     VALUES (@rowid, @id, @account_id, @name, @title, @department, @buying_role, @stance, @is_top_decision_maker,
       @authority, @expertise, @access_to_top, @pinned_score, @met, @last_contact, @notes, @created_at, @updated_at)`,
  );
  const update = db.prepare<[PersonRow]>(
    `UPDATE people SET account_id = @account_id, name = @name, title = @title, department = @department,
       buying_role = @buying_role, stance = @stance, is_top_decision_maker = @is_top_decision_maker,
       authority = @authority, expertise = @expertise, access_to_top = @access_to_top, pinned_score = @pinned_score,
       met = @met, last_contact = @last_contact, notes = @notes, created_at = @created_at, updated_at = @updated_at
     WHERE id = @id`,
  );
  const remove = db.prepare<[string]>('DELETE FROM people WHERE id = ?');
  const rowidOf = db.prepare<[string], { rowid: number }>('SELECT rowid FROM people WHERE id = ?');
  const rowTaken = db.prepare<[number], { rowid: number }>('SELECT rowid FROM people WHERE rowid = ?');
  const count = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM people WHERE account_id = ?');

  return {
    get(id: string): Person | null {
      const r = get.get(id);
      return r ? rowToPerson(r) : null;
    },
    listByAccount(accountId: string): Person[] {
      return byAccount.all(accountId).map(rawToPerson);
    },
    topDecisionMaker(accountId: string): Person | null {
      const r = top.get(accountId);
      return r ? rowToPerson(r) : null;
    },
    /** `rowid`: the row's old place (undo puts a deleted person back where they were); taken or absent = a new one. */
    insert(p: Person, rowid: number | null = null): void {
      insert.run({ ...personToRow(p), rowid: rowid !== null && rowTaken.get(rowid) ? null : rowid });
    },
    rowidOf(id: string): number | null {
      return rowidOf.get(id)?.rowid ?? null;
    },
    update(p: Person): void {
      update.run(personToRow(p));
    },
    delete(id: string): void {
      remove.run(id);
    },
    countByAccount(accountId: string): number {
      return count.get(accountId)?.n ?? 0;
    },
  };
}

export type PeopleRepo = ReturnType<typeof createPeopleRepo>;
