// "What changed" between two days: who joined or left the support base, who moved stance, who was
// added or removed, and whose influence score moved most.
import { isInSupportBase, type Person } from '../domain/model';
import type { AccountState } from './replay';
import type { AccountChanges, PersonMove, ScoreChange } from './types';

export interface ChangesInput {
  accountId: string;
  from: string;
  to: string;
  before: Pick<AccountState, 'people'>;
  after: Pick<AccountState, 'people'>;
  /** Influence score per person id on each day. */
  scoresBefore: ReadonlyMap<string, number>;
  scoresAfter: ReadonlyMap<string, number>;
  /** How many score changes to list. */
  limit: number;
}

const byName = (a: { name: string; personId: string }, b: { name: string; personId: string }) =>
  a.name.localeCompare(b.name) || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);

/** Everything but visits, which ../visits/changes.ts adds (the service joins the two). */
export function computeChanges(input: ChangesInput): Omit<AccountChanges, 'visits'> {
  const before = new Map(input.before.people.map((p) => [p.id, p]));
  const after = new Map(input.after.people.map((p) => [p.id, p]));
  const ids = new Set([...before.keys(), ...after.keys()]);

  const joined: PersonMove[] = [];
  const left: PersonMove[] = [];
  const stanceMoves: PersonMove[] = [];
  const added: PersonMove[] = [];
  const removed: PersonMove[] = [];
  const scoreChanges: ScoreChange[] = [];

  for (const id of ids) {
    const a: Person | undefined = before.get(id);
    const b: Person | undefined = after.get(id);
    const move: PersonMove = { personId: id, name: (b ?? a)!.name, from: a?.stance ?? null, to: b?.stance ?? null };
    const wasIn = a !== undefined && isInSupportBase(a.stance);
    const isIn = b !== undefined && isInSupportBase(b.stance);
    if (!wasIn && isIn) joined.push(move);
    if (wasIn && !isIn) left.push(move);
    if (a && b && a.stance !== b.stance) stanceMoves.push(move);
    if (!a && b) added.push(move);
    if (a && !b) removed.push(move);
    if (a && b) {
      const from = input.scoresBefore.get(id) ?? 0;
      const to = input.scoresAfter.get(id) ?? 0;
      const delta = Math.round((to - from) * 10) / 10;
      if (delta !== 0) scoreChanges.push({ personId: id, name: b.name, from, to, delta });
    }
  }

  scoreChanges.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || byName(x, y));
  const sbFrom = input.before.people.filter((p) => isInSupportBase(p.stance)).length;
  const sbTo = input.after.people.filter((p) => isInSupportBase(p.stance)).length;
  return {
    accountId: input.accountId,
    from: input.from,
    to: input.to,
    supportBase: { from: sbFrom, to: sbTo, delta: sbTo - sbFrom },
    joined: joined.sort(byName),
    left: left.sort(byName),
    stanceMoves: stanceMoves.sort(byName),
    added: added.sort(byName),
    removed: removed.sort(byName),
    scoreChanges: scoreChanges.slice(0, Math.max(0, input.limit)),
  };
}
