// The rules every relationship obeys, wherever it comes from (the person panel's form through the
// service, a spreadsheet's rows in the import preview, an account file): no self-links, only
// `influences` carries a strength (1–3, default 2, always set once stored), no duplicates (either
// direction for close-to / conflicts-with), no reports-to loops. Pure: the caller says what already
// exists through `RelationshipLinks` (the store, or the rows of a file so far).
import { isSymmetric, type RelationshipType } from './model';

export const DEFAULT_INFLUENCE_STRENGTH = 2;

export interface RuleProblem {
  /** 'validation' for a bad value, 'conflict' for a clash with what already exists. */
  code: 'validation' | 'conflict';
  messageKey: string;
  /** The offending field of the relationship. */
  field: 'toId' | 'type' | 'strength';
  params?: Record<string, string | number>;
}

/** What already exists, as far as the rules need to know. */
export interface RelationshipLinks {
  has(fromId: string, toId: string, type: RelationshipType): boolean;
  /** Whom `personId` reports to. */
  reportsTo(personId: string): Iterable<string>;
}

export function selfLinkProblem(fromId: string, toId: string): RuleProblem | null {
  return fromId === toId ? { code: 'validation', messageKey: 'error.relationship.self', field: 'toId' } : null;
}

/** A strength given with a new relationship: only `influences` takes one (it defaults when left out). */
export function strengthInputProblem(type: RelationshipType, strength: number | null | undefined): RuleProblem | null {
  return type !== 'influences' && strength !== undefined && strength !== null
    ? { code: 'validation', messageKey: 'error.relationship.strengthNotAllowed', field: 'strength' }
    : null;
}

/** The strength stored for a new relationship: influences default to 2, other types have none. */
export function storedStrength(type: RelationshipType, strength: number | null | undefined): number | null {
  return type === 'influences' ? (strength ?? DEFAULT_INFLUENCE_STRENGTH) : null;
}

/** A stored relationship's strength: set for `influences`, null for every other type. */
export function storedStrengthProblem(type: RelationshipType, strength: number | null): RuleProblem | null {
  if (type === 'influences' && strength === null) return { code: 'validation', messageKey: 'error.relationship.strengthRequired', field: 'strength' };
  return strengthInputProblem(type, strength);
}

/** True when `from` reporting to `to` would close a loop: `to` already reports (up the chain) to `from`. */
export function wouldCycle(fromId: string, toId: string, links: Pick<RelationshipLinks, 'reportsTo'>): boolean {
  const seen = new Set<string>();
  const queue = [toId];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (id === fromId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const up of links.reportsTo(id)) queue.push(up);
  }
  return false;
}

export function duplicateProblem(fromId: string, toId: string, type: RelationshipType, links: Pick<RelationshipLinks, 'has'>): RuleProblem | null {
  return links.has(fromId, toId, type) || (isSymmetric(type) && links.has(toId, fromId, type))
    ? { code: 'conflict', messageKey: 'error.relationship.duplicate', field: 'type', params: { type } }
    : null;
}

export function cycleProblem(): RuleProblem {
  return { code: 'conflict', messageKey: 'error.relationship.cycle', field: 'toId' };
}

/** A new link that clashes with the existing ones: the same relationship again, or a reporting loop. */
export function linkProblem(fromId: string, toId: string, type: RelationshipType, links: RelationshipLinks): RuleProblem | null {
  return duplicateProblem(fromId, toId, type, links) ?? (type === 'reports-to' && wouldCycle(fromId, toId, links) ? cycleProblem() : null);
}

/** The first rule a new relationship breaks (self-link, strength, duplicate, loop), or null when it may be added. */
export function relationshipProblem(links: RelationshipLinks, c: { fromId: string; toId: string; type: RelationshipType; strength?: number | null | undefined }): RuleProblem | null {
  return selfLinkProblem(c.fromId, c.toId) ?? strengthInputProblem(c.type, c.strength) ?? linkProblem(c.fromId, c.toId, c.type, links);
}

/** True when the reports-to lines `edges[0..count)` hold a loop (Kahn's algorithm, O(people + lines)). */
function hasLoop(edges: ReadonlyArray<readonly [string, string]>, count: number): boolean {
  const indegree = new Map<string, number>();
  const down = new Map<string, string[]>();
  for (let i = 0; i < count; i++) {
    const [from, to] = edges[i]!;
    indegree.set(from, indegree.get(from) ?? 0);
    indegree.set(to, (indegree.get(to) ?? 0) + 1);
    const list = down.get(from);
    if (list) list.push(to);
    else down.set(from, [to]);
  }
  const ready = [...indegree].filter(([, n]) => n === 0).map(([id]) => id);
  let seen = 0;
  while (ready.length > 0) {
    const id = ready.pop() as string;
    seen++;
    for (const next of down.get(id) ?? []) {
      const n = indegree.get(next)! - 1;
      indegree.set(next, n);
      if (n === 0) ready.push(next);
    }
  }
  return seen < indegree.size;
}

/**
 * The loop rule for a batch of new reports-to lines (e.g. the rows of a file), as if each were added
 * in order and refused when it would close a loop (what linkProblem says one at a time): the indices
 * of the refused ones, at most `max`. Checking line by line walks the chain each time (quadratic on
 * a 20,000-person chain); this finds each refused line by bisection over prefixes instead.
 */
export function loopClosingLines(lines: ReadonlyArray<readonly [fromId: string, toId: string]>, max = Infinity): number[] {
  const kept = lines.map((l, i) => ({ line: l, index: i }));
  const refused: number[] = [];
  while (refused.length < max) {
    const edges = kept.map((k) => k.line);
    if (!hasLoop(edges, edges.length)) break;
    // The shortest prefix with a loop ends with the first line that closes one.
    let lo = 0;
    let hi = edges.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (hasLoop(edges, mid)) hi = mid;
      else lo = mid;
    }
    refused.push(kept[hi - 1]!.index);
    kept.splice(hi - 1, 1);
  }
  return refused;
}

/** Links held in memory (e.g. the rows of a file checked so far), to check the next one for duplicates. */
export class LinkSet implements Pick<RelationshipLinks, 'has'> {
  private readonly keys = new Set<string>();

  add(fromId: string, toId: string, type: RelationshipType): void {
    this.keys.add(`${type}\u0000${fromId}\u0000${toId}`);
  }

  has(fromId: string, toId: string, type: RelationshipType): boolean {
    return this.keys.has(`${type}\u0000${fromId}\u0000${toId}`);
  }
}

/** LinkSet that also knows the reports-to chain: a whole graph in memory (the account plus a file's rows so far). */
export class MemoryLinks extends LinkSet implements RelationshipLinks {
  private readonly managers = new Map<string, string[]>();

  override add(fromId: string, toId: string, type: RelationshipType): void {
    super.add(fromId, toId, type);
    if (type !== 'reports-to') return;
    const list = this.managers.get(fromId);
    if (list) list.push(toId);
    else this.managers.set(fromId, [toId]);
  }

  reportsTo(personId: string): readonly string[] {
    return this.managers.get(personId) ?? [];
  }
}
