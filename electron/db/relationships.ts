// SQL for the relationships table; rows map to the shared Relationship type.
import type BetterSqlite3 from 'better-sqlite3';
import type { Relationship, RelationshipType } from '../../shared/domain/model';

export interface RelationshipRow {
  id: string;
  account_id: string;
  from_id: string;
  to_id: string;
  type: string;
  strength: number | null;
  created_at: string;
}

export function rowToRelationship(r: RelationshipRow): Relationship {
  return {
    id: r.id,
    accountId: r.account_id,
    fromId: r.from_id,
    toId: r.to_id,
    type: r.type as RelationshipType,
    strength: r.strength,
    createdAt: r.created_at,
  };
}

/** The columns of a relationship in the order `rawToRelationship` reads them. */
const RELATIONSHIP_COLUMNS = 'id, account_id, from_id, to_id, type, strength, created_at';

/** A row read as an array in `RELATIONSHIP_COLUMNS` order (one object per row instead of two). */
export function rawToRelationship(r: readonly unknown[]): Relationship {
  return {
    id: r[0] as string,
    accountId: r[1] as string,
    fromId: r[2] as string,
    toId: r[3] as string,
    type: r[4] as RelationshipType,
    strength: r[5] as number | null,
    createdAt: r[6] as string,
  };
}

export function relationshipToRow(r: Relationship): RelationshipRow {
  return {
    id: r.id,
    account_id: r.accountId,
    from_id: r.fromId,
    to_id: r.toId,
    type: r.type,
    strength: r.strength,
    created_at: r.createdAt,
  };
}

export function createRelationshipsRepo(db: BetterSqlite3.Database) {
  const get = db.prepare<[string], RelationshipRow>('SELECT * FROM relationships WHERE id = ?');
  const byAccount = db.prepare<[string], unknown[]>(
    `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE account_id = ? ORDER BY created_at, rowid`,
  ).raw(true);
  const byPerson = db.prepare<[string, string], RelationshipRow>(
    'SELECT * FROM relationships WHERE from_id = ? OR to_id = ? ORDER BY created_at, rowid',
  );
  const between = db.prepare<[string, string, string], RelationshipRow>(
    'SELECT * FROM relationships WHERE from_id = ? AND to_id = ? AND type = ?',
  );
  const reportsToOf = db.prepare<[string], { to_id: string }>(
    "SELECT to_id FROM relationships WHERE from_id = ? AND type = 'reports-to'",
  );
  const insert = db.prepare<[RelationshipRow & { rowid: number | null }]>(
    `INSERT INTO relationships (rowid, id, account_id, from_id, to_id, type, strength, created_at)
     VALUES (@rowid, @id, @account_id, @from_id, @to_id, @type, @strength, @created_at)`,
  );
  const updateStrength = db.prepare<[number | null, string]>('UPDATE relationships SET strength = ? WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM relationships WHERE id = ?');
  const rowidOf = db.prepare<[string], { rowid: number }>('SELECT rowid FROM relationships WHERE id = ?');
  const rowTaken = db.prepare<[number], { rowid: number }>('SELECT rowid FROM relationships WHERE rowid = ?');
  const count = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM relationships WHERE account_id = ?');

  return {
    get(id: string): Relationship | null {
      const r = get.get(id);
      return r ? rowToRelationship(r) : null;
    },
    listByAccount(accountId: string): Relationship[] {
      return byAccount.all(accountId).map(rawToRelationship);
    },
    listByPerson(personId: string): Relationship[] {
      return byPerson.all(personId, personId).map(rowToRelationship);
    },
    find(fromId: string, toId: string, type: RelationshipType): Relationship | null {
      const r = between.get(fromId, toId, type);
      return r ? rowToRelationship(r) : null;
    },
    /** The people `personId` reports to (normally one). */
    reportsTo(personId: string): string[] {
      return reportsToOf.all(personId).map((r) => r.to_id);
    },
    /** `rowid`: the row's old place (undo puts a deleted relationship back where it was); taken or absent = a new one. */
    insert(r: Relationship, rowid: number | null = null): void {
      insert.run({ ...relationshipToRow(r), rowid: rowid !== null && rowTaken.get(rowid) ? null : rowid });
    },
    rowidOf(id: string): number | null {
      return rowidOf.get(id)?.rowid ?? null;
    },
    setStrength(id: string, strength: number | null): void {
      updateStrength.run(strength, id);
    },
    delete(id: string): void {
      remove.run(id);
    },
    countByAccount(accountId: string): number {
      return count.get(accountId)?.n ?? 0;
    },
  };
}

export type RelationshipsRepo = ReturnType<typeof createRelationshipsRepo>;
