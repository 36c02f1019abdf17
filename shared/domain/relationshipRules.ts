// The rules a new relationship must pass, in one place for the person panel's form (through the
// service) and the file import (checked row by row in the preview, then again by the service at
// commit): no self-links, strength only on `influences`, no duplicates (either direction for
// close-to / conflicts-with), no reports-to loops. Pure: the caller supplies the graph to check against.
import { isSymmetric, type RelationshipType } from './model';

export const DEFAULT_INFLUENCE_STRENGTH = 2;

/** What the rules need to know about the relationships already there (ids are opaque strings). */
export interface RelationshipGraph {
  /** True when a relationship `fromId → toId` of this type exists. */
  has(fromId: string, toId: string, type: RelationshipType): boolean;
  /** Whom `personId` reports to. */
  managersOf(personId: string): readonly string[];
}

export interface RelationshipCandidate {
  fromId: string;
  toId: string;
  type: RelationshipType;
  strength?: number | null;
}

export type RelationshipRefusalKey = 'error.relationship.self' | 'error.relationship.strengthNotAllowed' | 'error.relationship.duplicate' | 'error.relationship.cycle';

export interface RelationshipRefusal {
  messageKey: RelationshipRefusalKey;
  /** validation: the input itself is wrong; conflict: it clashes with what is already there. */
  code: 'validation' | 'conflict';
  /** The input field the refusal is about. */
  field: 'toId' | 'strength' | null;
}

export function isSelfLink(fromId: string, toId: string): boolean {
  return fromId === toId;
}

/** The strength stored for a relationship: influences default to 2, other types have none. */
export function storedStrength(type: RelationshipType, strength: number | null | undefined): number | null {
  return type === 'influences' ? (strength ?? DEFAULT_INFLUENCE_STRENGTH) : null;
}

/** True when `fromId` reporting to `toId` would close a loop: `toId` already reports (up the chain) to `fromId`. */
export function wouldCycle(graph: RelationshipGraph, fromId: string, toId: string): boolean {
  const seen = new Set<string>();
  const queue = [toId];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (id === fromId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...graph.managersOf(id));
  }
  return false;
}

export function isDuplicate(graph: RelationshipGraph, c: RelationshipCandidate): boolean {
  return graph.has(c.fromId, c.toId, c.type) || (isSymmetric(c.type) && graph.has(c.toId, c.fromId, c.type));
}

/** The first rule the candidate breaks, or null when it may be added. */
export function relationshipRefusal(graph: RelationshipGraph, c: RelationshipCandidate): RelationshipRefusal | null {
  if (isSelfLink(c.fromId, c.toId)) return { messageKey: 'error.relationship.self', code: 'validation', field: 'toId' };
  if (c.type !== 'influences' && c.strength !== undefined && c.strength !== null) return { messageKey: 'error.relationship.strengthNotAllowed', code: 'validation', field: 'strength' };
  if (isDuplicate(graph, c)) return { messageKey: 'error.relationship.duplicate', code: 'conflict', field: null };
  if (c.type === 'reports-to' && wouldCycle(graph, c.fromId, c.toId)) return { messageKey: 'error.relationship.cycle', code: 'conflict', field: null };
  return null;
}

/** An in-memory graph (for checking a file's rows against the account and the rows before them). */
export class MemoryRelationshipGraph implements RelationshipGraph {
  private readonly keys = new Set<string>();
  private readonly managers = new Map<string, string[]>();

  has(fromId: string, toId: string, type: RelationshipType): boolean {
    return this.keys.has(`${type}\u0000${fromId}\u0000${toId}`);
  }

  managersOf(personId: string): readonly string[] {
    return this.managers.get(personId) ?? [];
  }

  add(fromId: string, toId: string, type: RelationshipType): void {
    this.keys.add(`${type}\u0000${fromId}\u0000${toId}`);
    if (type !== 'reports-to') return;
    const list = this.managers.get(fromId);
    if (list) list.push(toId);
    else this.managers.set(fromId, [toId]);
  }
}
