// What an undo or redo did to the open map, when it can be said without re-reading the map: the
// people and relationships it changed (as they are now) and the ones it removed. The service sends
// a patch only for steps that change or remove people and relationships in place — a stance, a
// title, the top decision-maker, a strength, an added person or link taken away. Steps that put rows
// back (their place in the lists matters), move positions, or touch the account, visits or purchases
// send none, and the renderer reads the map again.
import type { AccountMap, Person, Relationship } from '../domain/model';

export interface MapPatch {
  accountId: string;
  /** Changed in place, as they are after the step. */
  people: Person[];
  relationships: Relationship[];
  removedPeople: string[];
  removedRelationships: string[];
}

/** The map after the step: changed rows replaced where they are, removed rows (and a removed person's positions) gone. */
export function applyMapPatch(map: AccountMap, patch: MapPatch): AccountMap {
  if (map.account.id !== patch.accountId) return map;
  const people = new Map(patch.people.map((p) => [p.id, p]));
  const links = new Map(patch.relationships.map((r) => [r.id, r]));
  const goneP = new Set(patch.removedPeople);
  const goneR = new Set(patch.removedRelationships);
  return {
    ...map,
    people: map.people.filter((p) => !goneP.has(p.id)).map((p) => people.get(p.id) ?? p),
    relationships: map.relationships.filter((r) => !goneR.has(r.id) && !goneP.has(r.fromId) && !goneP.has(r.toId)).map((r) => links.get(r.id) ?? r),
    positions: goneP.size ? map.positions.filter((p) => !goneP.has(p.personId)) : map.positions,
  };
}
