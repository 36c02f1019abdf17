// SQL for saved node positions, per account and layout. Positions are not history (undo keeps
// what an edit changed in its undo step instead).
import type BetterSqlite3 from 'better-sqlite3';
import type { LayoutName, Position } from '../../shared/domain/model';

interface PositionRow {
  person_id: string;
  x: number;
  y: number;
}

export function createPositionsRepo(db: BetterSqlite3.Database) {
  const list = db.prepare<[string, string], PositionRow>(
    'SELECT person_id, x, y FROM positions WHERE account_id = ? AND layout = ? ORDER BY rowid',
  );
  const upsert = db.prepare<[{ person_id: string; account_id: string; layout: string; x: number; y: number }]>(
    `INSERT INTO positions (person_id, account_id, layout, x, y) VALUES (@person_id, @account_id, @layout, @x, @y)
     ON CONFLICT (person_id, layout) DO UPDATE SET x = excluded.x, y = excluded.y, account_id = excluded.account_id`,
  );
  const byPerson = db.prepare<[string], PositionRow & { layout: string }>(
    'SELECT person_id, layout, x, y FROM positions WHERE person_id = ? ORDER BY rowid',
  );
  const byAccount = db.prepare<[string], PositionRow & { layout: string }>(
    'SELECT person_id, layout, x, y FROM positions WHERE account_id = ? ORDER BY rowid',
  );
  const one = db.prepare<[string, string], PositionRow>('SELECT person_id, x, y FROM positions WHERE person_id = ? AND layout = ?');
  const remove = db.prepare<[string, string]>('DELETE FROM positions WHERE person_id = ? AND layout = ?');
  const saveAll = db.transaction((accountId: string, layout: LayoutName, positions: readonly Position[]) => {
    for (const p of positions) upsert.run({ person_id: p.personId, account_id: accountId, layout, x: p.x, y: p.y });
  });

  return {
    list(accountId: string, layout: LayoutName): Position[] {
      return list.all(accountId, layout).map((r) => ({ personId: r.person_id, x: r.x, y: r.y }));
    },
    save(accountId: string, layout: LayoutName, positions: readonly Position[]): void {
      saveAll(accountId, layout, positions);
    },
    get(personId: string, layout: LayoutName): Position | null {
      const r = one.get(personId, layout);
      return r ? { personId: r.person_id, x: r.x, y: r.y } : null;
    },
    /** Every layout's position of one person, or of every person of an account. */
    listAll(by: { personId: string } | { accountId: string }): Array<Position & { layout: LayoutName }> {
      const rows = 'personId' in by ? byPerson.all(by.personId) : byAccount.all(by.accountId);
      return rows.map((r) => ({ personId: r.person_id, layout: r.layout as LayoutName, x: r.x, y: r.y }));
    },
    remove(personId: string, layout: LayoutName): void {
      remove.run(personId, layout);
    },
  };
}

export type PositionsRepo = ReturnType<typeof createPositionsRepo>;
