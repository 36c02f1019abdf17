// What the layout functions need from the domain, kept minimal so they stay pure and testable.
import type { LayoutName, Person, Position, Relationship } from '../../../shared/domain/model';

export type LayoutPerson = Pick<Person, 'id' | 'name' | 'department' | 'authority'> & Partial<Pick<Person, 'isTopDecisionMaker' | 'title' | 'stance'>>;
export type LayoutRelationship = Pick<Relationship, 'fromId' | 'toId' | 'type'> & Partial<Pick<Relationship, 'strength'>>;

export interface Point {
  x: number;
  y: number;
}

/**
 * Widest a label runs (name, title wrapped under it), in map px: the style wraps at this width and every
 * layout leaves room for it, tight enough that a 25-person account reads at ≥ 10 px on a 1366×768 laptop.
 */
export const LABEL_MAX_WIDTH = 110;

/** Node centre per person id — the shape Cytoscape's `preset` layout takes. */
export type Positions = Record<string, Point>;

/** The layouts the rep can switch between (everything except the free 'saved' view). */
export type ComputedLayout = Exclude<LayoutName, 'saved'>;

export interface LayoutInput {
  people: readonly LayoutPerson[];
  relationships: readonly LayoutRelationship[];
  /** Influence score 0–100 per person id (missing = 0). */
  scores?: ReadonlyMap<string, number>;
  /** Node diameter per person id as drawn on the map (default: from the score). */
  sizes?: ReadonlyMap<string, number>;
}

export function toPositionList(positions: Positions): Position[] {
  return Object.entries(positions).map(([personId, p]) => ({ personId, x: p.x, y: p.y }));
}

export function fromPositionList(list: readonly Position[]): Positions {
  const out: Positions = {};
  for (const p of list) out[p.personId] = { x: p.x, y: p.y };
  return out;
}

/** Stable person order: by name, then id, so every layout is deterministic whatever the input order. */
export function byNameThenId(a: LayoutPerson, b: LayoutPerson): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
