// The rings layout's guides (pure, so they are tested without a browser): each ring with the rank band
// it holds, read from where people are drawn and the current ranking, so the bands follow drags, new
// people and a changed ranking without a new layout. A ring is the people at one distance from the centre
// (rings are packed by people's marks, ringPack.ts, so not evenly spaced); one dragged off it is a ring of their own.
import { RING_ASPECT } from './ringPack';
import type { Point } from './types';

/** People this close (px) to the next one out are on the same ring: a ring is drawn at one radius, rings lie ≥ 24 px apart. */
const SAME_RING_PX = 12;

export interface RingBand {
  /** Ring number counted out from the centre (1 = the first ring around the centre person). */
  ring: number;
  /** Half its height (rings are ellipses RING_ASPECT times wider than tall). */
  radius: number;
  /** Best and worst rank (1-based) of the people on this ring. */
  from: number;
  to: number;
  /** The outermost ring. */
  last: boolean;
}

/** How a band is said: "Top 7" (first ring, the centre included), "8–18", "19+" (outermost), or one rank. */
export type BandWording = { key: 'top'; to: number } | { key: 'range'; from: number; to: number } | { key: 'from'; from: number } | { key: 'one'; from: number };

/** Rings (people at the same distance from the layout's centre, on its ellipses) with the ranks of the people on them. */
export function ringBands(positions: Readonly<Record<string, Point>>, rankOf: ReadonlyMap<string, number>, centre: Point = { x: 0, y: 0 }): RingBand[] {
  const around: Array<{ rho: number; rank: number }> = [];
  for (const [id, p] of Object.entries(positions)) {
    const rank = rankOf.get(id);
    if (rank === undefined) continue;
    const rho = Math.hypot((p.x - centre.x) / RING_ASPECT, p.y - centre.y);
    // The centre person (or someone dragged onto the centre) is on no ring.
    if (rho >= SAME_RING_PX) around.push({ rho, rank });
  }
  around.sort((a, b) => a.rho - b.rho);
  const rings: Array<typeof around> = [];
  for (const a of around) {
    const ring = rings[rings.length - 1];
    const last = ring?.[ring.length - 1];
    if (ring && last && a.rho - last.rho < SAME_RING_PX) ring.push(a);
    else rings.push([a]);
  }
  return rings.map((list, i) => ({
    ring: i + 1,
    radius: Math.round((list.reduce((s, a) => s + a.rho, 0) / list.length) * 100) / 100,
    from: Math.min(...list.map((a) => a.rank)),
    to: Math.max(...list.map((a) => a.rank)),
    last: i === rings.length - 1,
  }));
}

export function bandWording(band: RingBand): BandWording {
  if (band.ring === 1 && band.from <= 2) return { key: 'top', to: band.to };
  if (band.from === band.to) return { key: 'one', from: band.from };
  if (band.last) return { key: 'from', from: band.from };
  return { key: 'range', from: band.from, to: band.to };
}
