// The rules every relationship obeys, wherever it comes from (the form, a spreadsheet, an account
// file): no self-links, only `influences` carries a strength (1–3, always set once stored), no
// duplicates (either direction for close-to / conflicts-with), no reports-to loops. Pure: the caller
// says what already exists through `RelationshipLinks` (the store, or the rows of a file so far).
import { isSymmetric, type RelationshipType } from './model';

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

/** A new link that clashes with the existing ones: the same relationship again, or a reporting loop. */
export function linkProblem(fromId: string, toId: string, type: RelationshipType, links: RelationshipLinks): RuleProblem | null {
  if (links.has(fromId, toId, type) || (isSymmetric(type) && links.has(toId, fromId, type))) {
    return { code: 'conflict', messageKey: 'error.relationship.duplicate', field: 'type', params: { type } };
  }
  if (type === 'reports-to' && wouldCycle(fromId, toId, links)) return { code: 'conflict', messageKey: 'error.relationship.cycle', field: 'toId' };
  return null;
}

/** Links held in memory (e.g. the rows of a file checked so far), to check the next one against. */
export class LinkSet implements RelationshipLinks {
  private readonly keys = new Set<string>();
  private readonly up = new Map<string, string[]>();

  add(fromId: string, toId: string, type: RelationshipType): void {
    this.keys.add(`${type}\u0000${fromId}\u0000${toId}`);
    if (type === 'reports-to') {
      const list = this.up.get(fromId);
      if (list) list.push(toId);
      else this.up.set(fromId, [toId]);
    }
  }

  has(fromId: string, toId: string, type: RelationshipType): boolean {
    return this.keys.has(`${type}\u0000${fromId}\u0000${toId}`);
  }

  reportsTo(personId: string): readonly string[] {
    return this.up.get(personId) ?? [];
  }
}
