// Rings by rank: the top decision-maker in the centre (else the highest score), then rings outward in
// rank order, each ring as full as its circumference allows; around a ring people sit grouped by department.
import { ratingValue } from '../../../shared/domain/personDefaults';
import { byNameThenId, type LayoutPerson, type Positions } from './types';

export interface RingsOptions {
  /** Distance between consecutive rings. */
  ringGap: number;
  /** Arc length each person needs on a ring (node + a 150 px label + room, so labels never reach a neighbour). */
  spacing: number;
}

export const RINGS_DEFAULTS: RingsOptions = { ringGap: 190, spacing: 200 };

/** Ranking order (shared/domain/ranking.ts): score, then authority, then name (then id for full determinism). */
export function rankOrder(people: readonly LayoutPerson[], scores: ReadonlyMap<string, number>): LayoutPerson[] {
  const score = (p: LayoutPerson) => scores.get(p.id) ?? 0;
  return [...people].sort((a, b) => score(b) - score(a) || ratingValue(b.authority) - ratingValue(a.authority) || byNameThenId(a, b));
}

/** How many people ring `k` holds (ring 0 is the centre and holds one). */
export function ringCapacity(k: number, o: RingsOptions = RINGS_DEFAULTS): number {
  return k === 0 ? 1 : Math.max(6, Math.floor((2 * Math.PI * k * o.ringGap) / o.spacing));
}

export function ringsLayout(
  people: readonly LayoutPerson[],
  scores: ReadonlyMap<string, number>,
  options: Partial<RingsOptions> = {},
): Positions {
  const o = { ...RINGS_DEFAULTS, ...options };
  const byScore = rankOrder(people, scores);
  // The one who decides sits in the centre, whatever their score; everyone else keeps rank order.
  const top = byScore.find((p) => p.isTopDecisionMaker === true);
  const ranked = top ? [top, ...byScore.filter((p) => p !== top)] : byScore;
  const rank = new Map(ranked.map((p, i) => [p.id, i]));
  // Departments in the order of their best-ranked member, so the top person's team starts the circle.
  const deptOrder = new Map<string, number>();
  for (const p of ranked) if (!deptOrder.has(p.department)) deptOrder.set(p.department, deptOrder.size);

  const positions: Positions = {};
  let next = 0;
  for (let k = 0; next < ranked.length; k++) {
    const ring = ranked.slice(next, next + ringCapacity(k, o));
    next += ring.length;
    const radius = k * o.ringGap;
    ring.sort(
      (a, b) =>
        (deptOrder.get(a.department) as number) - (deptOrder.get(b.department) as number) ||
        (rank.get(a.id) as number) - (rank.get(b.id) as number),
    );
    ring.forEach((p, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
      positions[p.id] = { x: Math.round(radius * Math.cos(angle) * 100) / 100, y: Math.round(radius * Math.sin(angle) * 100) / 100 };
    });
  }
  return positions;
}
