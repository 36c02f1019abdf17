// Box geometry for the layout tests: node boxes, label boxes (label under the node, as the map draws it),
// and whether a polyline crosses a box.
import { LABEL_MAX_WIDTH, type Point, type Positions } from '../../../renderer/graph/layouts/types';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The map's label: at most LABEL_MAX_WIDTH wide, two lines of 15 px type (name, title) hanging 5 px below the node. */
export const LABEL = { width: LABEL_MAX_WIDTH, height: 46, margin: 5 };

export const nodeBox = (p: Point, size: number): Box => ({ x1: p.x - size / 2, y1: p.y - size / 2, x2: p.x + size / 2, y2: p.y + size / 2 });
export const labelBox = (p: Point, size: number): Box => ({
  x1: p.x - LABEL.width / 2,
  x2: p.x + LABEL.width / 2,
  y1: p.y + size / 2 + LABEL.margin,
  y2: p.y + size / 2 + LABEL.margin + LABEL.height,
});
export const intersects = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Liang–Barsky: does the segment a→b pass through the box (touching its edge does not count)? */
export function segmentCrosses(a: Point, b: Point, box: Box): boolean {
  let t0 = 0, t1 = 1;
  const dx = b.x - a.x, dy = b.y - a.y;
  const p = [-dx, dx, -dy, dy];
  const q = [a.x - box.x1, box.x2 - a.x, a.y - box.y1, box.y2 - a.y];
  for (let i = 0; i < 4; i++) {
    const pi = p[i] as number, qi = q[i] as number;
    if (pi === 0) {
      if (qi <= 0) return false;
    } else {
      const t = qi / pi;
      if (pi < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 >= t1) return false;
    }
  }
  return true;
}

export const polylineCrosses = (points: readonly Point[], box: Box): boolean =>
  points.some((p, i) => i > 0 && segmentCrosses(points[i - 1] as Point, p, box));

/** First pair of people whose node boxes, or one's label and the other's node, intersect. */
export function firstOverlap(pos: Positions, sizeOf: (id: string) => number): string | null {
  const ids = Object.keys(pos);
  for (const a of ids) {
    for (const b of ids) {
      if (a === b) continue;
      const pa = pos[a] as Point, pb = pos[b] as Point;
      if (a < b && intersects(nodeBox(pa, sizeOf(a)), nodeBox(pb, sizeOf(b)))) return `nodes ${a} and ${b}`;
      if (intersects(labelBox(pa, sizeOf(a)), nodeBox(pb, sizeOf(b)))) return `label of ${a} on node ${b}`;
    }
  }
  return null;
}
