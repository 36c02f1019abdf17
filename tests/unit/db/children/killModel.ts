// What the kill test expects in the file: the state built from every acknowledged write, and the
// one write that was in flight when the child was killed (present entirely, or not at all).
import type BetterSqlite3 from 'better-sqlite3';

/** One write as the child reports it (ids filled in once the service returned them). */
export interface Write {
  k: 'account' | 'person' | 'rel' | 'stance' | 'pos';
  id?: string;
  accountId?: string;
  name?: string;
  stance?: string;
  notesLen?: number;
  fromId?: string;
  toId?: string;
  type?: string;
  positions?: Array<{ personId: string; x: number; y: number }>;
}

export interface State {
  accounts: Map<string, string>;
  people: Map<string, { accountId: string; name: string; stance: string; notesLen: number }>;
  rels: Map<string, { fromId: string; toId: string; type: string }>;
  positions: Map<string, { x: number; y: number }>;
}

export const emptyState = (): State => ({ accounts: new Map(), people: new Map(), rels: new Map(), positions: new Map() });

const clone = (s: State): State => ({
  accounts: new Map(s.accounts),
  people: new Map([...s.people].map(([k, v]) => [k, { ...v }])),
  rels: new Map(s.rels),
  positions: new Map(s.positions),
});

/** The state after w (a copy); w.id must be known for creates. */
export function apply(s: State, w: Write): State {
  const next = clone(s);
  if (w.k === 'account') next.accounts.set(w.id!, w.name!);
  else if (w.k === 'person') next.people.set(w.id!, { accountId: w.accountId!, name: w.name!, stance: w.stance!, notesLen: w.notesLen! });
  else if (w.k === 'rel') next.rels.set(w.id!, { fromId: w.fromId!, toId: w.toId!, type: w.type! });
  else if (w.k === 'stance') next.people.get(w.id!)!.stance = w.stance!;
  else for (const p of w.positions!) next.positions.set(p.personId, { x: p.x, y: p.y });
  return next;
}

export function readState(db: BetterSqlite3.Database): State {
  const s = emptyState();
  for (const r of db.prepare('SELECT id, name FROM accounts').all() as Array<{ id: string; name: string }>) s.accounts.set(r.id, r.name);
  const people = db.prepare('SELECT id, account_id, name, stance, length(notes) AS notesLen FROM people').all() as Array<{
    id: string;
    account_id: string;
    name: string;
    stance: string;
    notesLen: number | null;
  }>;
  for (const r of people) s.people.set(r.id, { accountId: r.account_id, name: r.name, stance: r.stance, notesLen: r.notesLen ?? 0 });
  for (const r of db.prepare('SELECT id, from_id, to_id, type FROM relationships').all() as Array<{ id: string; from_id: string; to_id: string; type: string }>) {
    s.rels.set(r.id, { fromId: r.from_id, toId: r.to_id, type: r.type });
  }
  for (const r of db.prepare("SELECT person_id, x, y FROM positions WHERE layout = 'saved'").all() as Array<{ person_id: string; x: number; y: number }>) {
    s.positions.set(r.person_id, { x: r.x, y: r.y });
  }
  return s;
}

const canonical = (s: State): string =>
  JSON.stringify(Object.fromEntries(Object.entries(s).map(([k, m]) => [k, [...(m as Map<string, unknown>)].sort(([a], [b]) => (a < b ? -1 : 1))])));

/** For an in-flight create, the id it got in the file (if it committed): the one new row that matches it. */
function idInFile(expected: State, found: State, w: Write): string | undefined {
  if (w.k === 'account') return [...found.accounts].find(([id, name]) => !expected.accounts.has(id) && name === w.name)?.[0];
  if (w.k === 'person') return [...found.people].find(([id, p]) => !expected.people.has(id) && p.name === w.name)?.[0];
  if (w.k === 'rel') return [...found.rels].find(([id, r]) => !expected.rels.has(id) && r.fromId === w.fromId && r.toId === w.toId && r.type === w.type)?.[0];
  return undefined;
}

/**
 * The file must hold exactly the acknowledged state, or that state plus the whole in-flight write.
 * Returns the state the file holds (to carry on from), or null when it is neither.
 */
export function matchFile(expected: State, found: State, inFlight: Write | null): State | null {
  const got = canonical(found);
  if (got === canonical(expected)) return expected;
  if (!inFlight) return null;
  const creates = inFlight.k === 'account' || inFlight.k === 'person' || inFlight.k === 'rel';
  const id = creates ? idInFile(expected, found, inFlight) : inFlight.id;
  if (creates && id === undefined) return null;
  const withIt = apply(expected, { ...inFlight, id });
  return got === canonical(withIt) ? withIt : null;
}

/** A short description of how two states differ, for the failure message. */
export function diff(expected: State, found: State): string[] {
  const out: string[] = [];
  for (const key of ['accounts', 'people', 'rels', 'positions'] as const) {
    const e = expected[key] as Map<string, unknown>;
    const f = found[key] as Map<string, unknown>;
    for (const [id, v] of e) if (JSON.stringify(f.get(id)) !== JSON.stringify(v)) out.push(`${key} ${id}: expected ${JSON.stringify(v)}, file has ${JSON.stringify(f.get(id))}`);
    for (const [id, v] of f) if (!e.has(id)) out.push(`${key} ${id}: unexpected ${JSON.stringify(v)}`);
  }
  return out.slice(0, 20);
}
