// What must hold in the file after any sequence of calls, read through a fresh read-only connection:
// SQLite's own checks, at most one top decision-maker per account, no self-links, no reports-to
// loops, and no row pointing at a missing (or another account's) row. Returns the problems found.
import Database from 'better-sqlite3';

export function invariantProblems(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const problems: string[] = [];
    const rows = (sql: string) => db.prepare(sql).all() as Array<Record<string, unknown>>;
    const expectNone = (what: string, sql: string) => {
      const found = rows(sql);
      if (found.length > 0) problems.push(`${what}: ${JSON.stringify(found.slice(0, 5))}`);
    };
    const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') problems.push(`integrity_check: ${JSON.stringify(integrity)}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 5))}`);

    expectNone('two top decision-makers', 'SELECT account_id, count(*) AS n FROM people WHERE is_top_decision_maker = 1 GROUP BY account_id HAVING n > 1');
    expectNone('self-links', 'SELECT id FROM relationships WHERE from_id = to_id');
    expectNone('people without an account', 'SELECT p.id FROM people p LEFT JOIN accounts a ON a.id = p.account_id WHERE a.id IS NULL');
    expectNone(
      'relationships to missing or other-account people',
      `SELECT r.id FROM relationships r LEFT JOIN accounts a ON a.id = r.account_id
         LEFT JOIN people f ON f.id = r.from_id LEFT JOIN people t ON t.id = r.to_id
       WHERE a.id IS NULL OR f.id IS NULL OR t.id IS NULL OR f.account_id <> r.account_id OR t.account_id <> r.account_id`,
    );
    expectNone(
      'positions of missing or other-account people',
      'SELECT p.person_id FROM positions p LEFT JOIN people pe ON pe.id = p.person_id WHERE pe.id IS NULL OR pe.account_id <> p.account_id',
    );
    expectNone('snapshots without an account', 'SELECT s.id FROM snapshots s LEFT JOIN accounts a ON a.id = s.account_id WHERE a.id IS NULL');

    const cycle = reportsToCycle(rows("SELECT from_id AS f, to_id AS t FROM relationships WHERE type = 'reports-to'") as Array<{ f: string; t: string }>);
    if (cycle) problems.push(`reports-to loop: ${cycle.join(' → ')}`);
    return problems;
  } finally {
    db.close();
  }
}

/** A loop in the "reports to" graph, or null (iterative DFS: white/grey/black). */
export function reportsToCycle(edges: ReadonlyArray<{ f: string; t: string }>): string[] | null {
  const next = new Map<string, string[]>();
  for (const { f, t } of edges) next.set(f, [...(next.get(f) ?? []), t]);
  const state = new Map<string, 'grey' | 'black'>();
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const stack: Array<{ node: string; i: number }> = [{ node: start, i: 0 }];
    state.set(start, 'grey');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const out = next.get(top.node) ?? [];
      if (top.i >= out.length) {
        state.set(top.node, 'black');
        stack.pop();
        continue;
      }
      const to = out[top.i++]!;
      if (state.get(to) === 'grey') return [...stack.slice(stack.findIndex((s) => s.node === to)).map((s) => s.node), to];
      if (!state.has(to)) {
        state.set(to, 'grey');
        stack.push({ node: to, i: 0 });
      }
    }
  }
  return null;
}
