// Overlap removal with the least movement: boxes that overlap are pushed apart along the axis where
// they overlap least, half each, a few sweeps over the map. A force layout's shape and extent stay as
// they were (unlike moving each offender to the nearest free spot on a spiral, which throws nodes to
// the edge and shrinks the fit), so labels stay readable at fit.

export interface SeparateItem {
  x: number;
  y: number;
  /** The box (node, label and badges) relative to the centre. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Moves items (in place) until no two boxes, grown by `gap`, overlap or `passes` run out; true when clear. */
export function separateBoxes(items: SeparateItem[], gap = 4, passes = 80): boolean {
  const order = items.map((_, i) => i);
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    order.sort((i, j) => (items[i] as SeparateItem).x + (items[i] as SeparateItem).left - ((items[j] as SeparateItem).x + (items[j] as SeparateItem).left));
    for (let a = 0; a < order.length; a++) {
      const p = items[order[a] as number] as SeparateItem;
      for (let b = a + 1; b < order.length; b++) {
        const q = items[order[b] as number] as SeparateItem;
        if (q.x + q.left >= p.x + p.right + gap) break;
        const ox = Math.min(p.x + p.right, q.x + q.right) - Math.max(p.x + p.left, q.x + q.left) + gap;
        const oy = Math.min(p.y + p.bottom, q.y + q.bottom) - Math.max(p.y + p.top, q.y + q.top) + gap;
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        // Half each (and a hair more, so float error never leaves them touching).
        if (ox < oy) {
          const d = (ox / 2 + 0.01) * (q.x >= p.x ? 1 : -1);
          p.x -= d;
          q.x += d;
        } else {
          const d = (oy / 2 + 0.01) * (q.y >= p.y ? 1 : -1);
          p.y -= d;
          q.y += d;
        }
      }
    }
    if (!moved) return true;
  }
  return false;
}
