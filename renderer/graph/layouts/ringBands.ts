// The rings layout's guides (pure, so they are tested without a browser): each ring with the rank band
// it holds, read from where people are drawn and the current ranking, so the bands follow drags, new
// people and a changed ranking without a new layout.
import type { Point } from './types';

export interface RingBand {
  /** Ring number counted out from the centre (1 = the first ring around the centre person). */
  ring: number;
  radius: number;
  /** Best and worst rank (1-based) of the people on this ring. */
  from: number;
  to: number;
  /** The outermost ring. */
  last: boolean;
}

/** How a band is said: "Top 7" (first ring, the centre included), "8–18", "19+" (outermost), or one rank. */
export type BandWording = { key: 'top'; to: number } | { key: 'range'; from: number; to: number } | { key: 'from'; from: number } | { key: 'one'; from: number };

/** Rings (by distance from the layout's centre, in steps of `ringGap`) with the ranks of the people on them. */
export function ringBands(positions: Readonly<Record<string, Point>>, rankOf: ReadonlyMap<string, number>, ringGap: number, centre: Point = { x: 0, y: 0 }): RingBand[] {
  const ranks = new Map<number, number[]>();
  for (const [id, p] of Object.entries(positions)) {
    const rank = rankOf.get(id);
    if (rank === undefined) continue;
    const ring = Math.round(Math.hypot(p.x - centre.x, p.y - centre.y) / ringGap);
    if (ring === 0) continue;
    const list = ranks.get(ring) ?? [];
    list.push(rank);
    ranks.set(ring, list);
  }
  const outer = Math.max(0, ...ranks.keys());
  return [...ranks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([ring, list]) => ({ ring, radius: ring * ringGap, from: Math.min(...list), to: Math.max(...list), last: ring === outer }));
}

export function bandWording(band: RingBand): BandWording {
  if (band.ring === 1 && band.from <= 2) return { key: 'top', to: band.to };
  if (band.from === band.to) return { key: 'one', from: band.from };
  if (band.last) return { key: 'from', from: band.from };
  return { key: 'range', from: band.from, to: band.to };
}
