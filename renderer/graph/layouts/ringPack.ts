// Packing people around one ring of the rings layout by the marks they draw (node, badges, label), so
// neighbours clear each other by their real boxes rather than a uniform arc: beside the ring's sides
// people stack vertically (a label's height apart), at its top and bottom side by side (a label's width).
// Rings are ellipses RING_ASPECT times wider than tall, the shape of a laptop's map pane.
import type { MarkBox } from './labelSize';
import type { Point } from './types';

/** Width over height of every ring. */
export const RING_ASPECT = 1.35;
/** Where a ring's band words go first (guides.ts), and where the rings layout keeps a place for them: halfway
 * between the ring's top and its side, so on the outer ring they stay within the picture the map fits to its people. */
export const BAND_ANGLE = -Math.PI / 4;
/** Least room between two people's boxes, px. */
export const RING_GAP = 8;

export interface Mark extends Point {
  box: MarkBox;
}

/** On the ring of (vertical) radius `rho`, at angle `t` (0 = right, −π/2 = top). */
export const onRing = (rho: number, t: number): Point => ({ x: RING_ASPECT * rho * Math.cos(t), y: rho * Math.sin(t) });

/** Do two people's boxes, centred at (ax, ay) and (bx, by), keep RING_GAP between them (side by side, or one above the other)? */
function clearAt(ax: number, ay: number, a: MarkBox, bx: number, by: number, b: MarkBox): boolean {
  if (Math.abs(ax - bx) >= a.halfWidth + b.halfWidth + RING_GAP) return true;
  return ay <= by ? by - ay >= a.below + b.above + RING_GAP : ay - by >= b.below + a.above + RING_GAP;
}

export const clear = (a: Mark, b: Mark): boolean => clearAt(a.x, a.y, a.box, b.x, b.y, b.box);

/** The least turn after angle `from` at which `b` clears `a` (standing at `from`), to within 4 %. */
function turn(rho: number, a: MarkBox, from: number, b: MarkBox): number {
  const ax = RING_ASPECT * rho * Math.cos(from), ay = rho * Math.sin(from);
  const free = (d: number) => clearAt(ax, ay, a, RING_ASPECT * rho * Math.cos(from + d), rho * Math.sin(from + d), b);
  // First guess from the ring's direction at `from`: the turn that makes room side by side, or one above the other.
  const dx = Math.abs(RING_ASPECT * rho * Math.sin(from)), dy = rho * Math.cos(from);
  const wide = (a.halfWidth + b.halfWidth + RING_GAP) / Math.max(dx, 1e-9);
  const tall = (dy >= 0 ? a.below + b.above + RING_GAP : b.below + a.above + RING_GAP) / Math.max(Math.abs(dy), 1e-9);
  let d = Math.min(Math.PI, Math.min(wide, tall) * 0.9);
  while (d < Math.PI && !free(d)) d *= 1.04;
  return Math.min(d, Math.PI);
}

/**
 * Angles for `boxes` in this order around the ring, the first at `start`, each the least turn past the one
 * before plus `extra`; null when they do not go round without the last running into the first.
 */
export function walk(rho: number, boxes: readonly MarkBox[], start: number, extra: number): number[] | null {
  const angles: number[] = [];
  let t = start;
  for (let i = 0; i < boxes.length; i++) {
    if (i > 0) {
      t += turn(rho, boxes[i - 1] as MarkBox, t, boxes[i] as MarkBox) + extra;
      // Two back as well: where the ring bends, the one before last can still be in reach.
      if (i > 1) t = Math.max(t, angles[i - 2] as number + turn(rho, boxes[i - 2] as MarkBox, angles[i - 2] as number, boxes[i] as MarkBox));
    }
    angles.push(t);
  }
  if (boxes.length < 2) return angles;
  const last = boxes.length - 1;
  const close = t + turn(rho, boxes[last] as MarkBox, t, boxes[0] as MarkBox) + extra;
  return close <= start + 2 * Math.PI ? angles : null;
}

/** How many of `boxes` (taken in order) go round the ring at `rho`: one walk, stopped where the next would not close the ring. */
export function capacity(rho: number, boxes: readonly MarkBox[], start = -Math.PI / 2): number {
  let t = start;
  let fits = 1;
  const firstTurns = [t];
  for (let i = 1; i < boxes.length; i++) {
    t += turn(rho, boxes[i - 1] as MarkBox, t, boxes[i] as MarkBox);
    if (i > 1) t = Math.max(t, firstTurns[i - 2] as number + turn(rho, boxes[i - 2] as MarkBox, firstTurns[i - 2] as number, boxes[i] as MarkBox));
    firstTurns.push(t);
    if (t + turn(rho, boxes[i] as MarkBox, t, boxes[0] as MarkBox) > start + 2 * Math.PI) break;
    fits = i + 1;
  }
  return fits;
}

/** Angles spreading `boxes` round the whole ring, the slack shared out evenly between neighbours; null when they do not fit. */
export function spreadRound(rho: number, boxes: readonly MarkBox[], start: number): number[] | null {
  if (boxes.length === 1) return [start];
  const tight = walk(rho, boxes, start, 0);
  if (tight === null) return null;
  const last = boxes.length - 1;
  const close = (tight[last] as number) + turn(rho, boxes[last] as MarkBox, tight[last] as number, boxes[0] as MarkBox);
  const slack = (start + 2 * Math.PI - close) / boxes.length;
  // Each turn past the least changes the room the next needs a little: a share a bit short of the slack, else half of it.
  return walk(rho, boxes, start, slack * 0.95) ?? walk(rho, boxes, start, slack * 0.5) ?? tight;
}

/** True when nobody in `ring` runs into anybody in `inner` (the ring inside it, already placed). */
export function clearOf(ring: readonly Mark[], inner: readonly Mark[]): boolean {
  for (const a of ring) {
    for (const b of inner) {
      // Far apart on both axes: clear without the exact test.
      if (Math.abs(a.x - b.x) >= a.box.halfWidth + b.box.halfWidth + RING_GAP) continue;
      if (!clear(a, b)) return false;
    }
  }
  return true;
}
