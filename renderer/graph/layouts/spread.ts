// Refines a force layout so a rep can read it: fcose's draft (spectral) result is shapely but crams
// 2,000 nodes into ~800 px. A grid-accelerated Fruchterman–Reingold pass spreads it to the ideal edge
// length, then boxes (node + label) are pushed apart until none overlap. O(n + m) per pass, deterministic;
// the final settle is a free-cell grid (near-linear; a spiral search for free spots took 44–51 s at 20,000).
// Repulsion is local (grid cells), so the pull is LinLog-style: long edges to hubs would otherwise crush the map.
import { LABEL_MAX_WIDTH } from './types';

export interface SpreadNode {
  x: number;
  y: number;
  /** Node diameter. */
  size: number;
}

export interface SpreadEdge {
  source: number;
  target: number;
  /** Wanted length (close friends near, rivals far). */
  length: number;
  /** Pull strength, 0–1. */
  weight: number;
}

export interface SpreadOptions {
  iterations: number;
  idealLength: number;
  /** Room for the label under a node (up to four lines, LABEL_MAX_WIDTH wide): a box at least this wide, this much below the node. */
  labelWidth: number;
  labelHeight: number;
  /** Room above a node for its badges (crown, star, warning). */
  above: number;
  gap: number;
  /** Bounding area as a multiple of the boxes' total area. */
  room: number;
  /** Pull of the edges against the crowding push (0 = only de-crowd). */
  pull: number;
}

export const SPREAD_DEFAULTS: SpreadOptions = { iterations: 40, idealLength: 250, labelWidth: LABEL_MAX_WIDTH, labelHeight: 90, above: 30, gap: 12, room: 2.5, pull: 100 };

type Grid = Map<number, number[]>;

function buildGrid(xs: Float64Array, ys: Float64Array, cell: number): Grid {
  const grid: Grid = new Map();
  for (let i = 0; i < xs.length; i++) {
    const key = Math.floor(xs[i] as number / cell) * 1_000_003 + Math.floor(ys[i] as number / cell);
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  }
  return grid;
}

/** Calls visit(j) for every j > i in the 3×3 cells around node i. */
function forNeighbours(grid: Grid, xs: Float64Array, ys: Float64Array, cell: number, i: number, visit: (j: number) => void): void {
  const cx = Math.floor(xs[i] as number / cell);
  const cy = Math.floor(ys[i] as number / cell);
  for (let dx = -1; dx <= 1; dx++) {
    for (let dy = -1; dy <= 1; dy++) {
      const bucket = grid.get((cx + dx) * 1_000_003 + cy + dy);
      if (bucket) for (const j of bucket) if (j > i) visit(j);
    }
  }
}

/** Width of a person's box: the label, or the node with its badges (they reach past its sides too). */
export const boxWidth = (p: SpreadNode, o: SpreadOptions): number => Math.max(p.size + o.above, o.labelWidth);

/** Height of a person's box: badges, node, label. */
export const boxHeight = (p: SpreadNode, o: SpreadOptions): number => o.above + p.size + o.labelHeight;

export function spread(nodes: SpreadNode[], edges: readonly SpreadEdge[], options: Partial<SpreadOptions> = {}): void {
  const o = { ...SPREAD_DEFAULTS, ...options };
  const n = nodes.length;
  if (n === 0) return;
  const xs = Float64Array.from(nodes, (p) => p.x);
  const ys = Float64Array.from(nodes, (p) => p.y);

  // Scale the input to the room the boxes need (spectral output is tiny), keeping its shape.
  const boxArea = nodes.reduce((sum, p) => sum + (boxWidth(p, o) + o.gap) * (boxHeight(p, o) + o.gap), 0);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, xs[i] as number);
    maxX = Math.max(maxX, xs[i] as number);
    minY = Math.min(minY, ys[i] as number);
    maxY = Math.max(maxY, ys[i] as number);
  }
  const area = Math.max(1, (maxX - minX) * (maxY - minY));
  const scale = Math.sqrt((boxArea * o.room) / area);
  for (let i = 0; i < n; i++) {
    xs[i] = (xs[i] as number) * scale;
    ys[i] = (ys[i] as number) * scale;
  }

  const k = o.idealLength;
  const cell = 2 * k;
  // A hub's many edges would crush its neighbours onto it: each end feels the pull divided by √degree.
  const degree = new Float64Array(n).fill(0);
  for (const e of edges) {
    degree[e.source] = (degree[e.source] as number) + 1;
    degree[e.target] = (degree[e.target] as number) + 1;
  }
  const damp = Float64Array.from(degree, (d) => 1 / Math.sqrt(Math.max(1, d)));
  const dxs = new Float64Array(n);
  const dys = new Float64Array(n);
  for (let it = 0; it < o.iterations; it++) {
    dxs.fill(0);
    dys.fill(0);
    const grid = buildGrid(xs, ys, cell);
    for (let i = 0; i < n; i++) {
      forNeighbours(grid, xs, ys, cell, i, (j) => {
        let dx = (xs[i] as number) - (xs[j] as number);
        let dy = (ys[i] as number) - (ys[j] as number);
        let d2 = dx * dx + dy * dy;
        if (d2 < 1e-4) {
          dx = ((i * 7919) % 13) - 6 + 0.5;
          dy = ((j * 104729) % 11) - 5 + 0.5;
          d2 = dx * dx + dy * dy;
        }
        if (d2 > cell * cell) return;
        const f = (k * k) / d2; // FR repulsion k²/d, as a factor on (dx, dy)
        dxs[i] = (dxs[i] as number) + dx * f;
        dys[i] = (dys[i] as number) + dy * f;
        dxs[j] = (dxs[j] as number) - dx * f;
        dys[j] = (dys[j] as number) - dy * f;
      });
    }
    for (const e of edges) {
      const dx = (xs[e.source] as number) - (xs[e.target] as number);
      const dy = (ys[e.source] as number) - (ys[e.target] as number);
      const d = Math.hypot(dx, dy);
      if (d < 1e-6) continue;
      const f = (o.pull * e.weight * Math.log1p(d / e.length)) / d; // LinLog-style pull: long edges to hubs cannot crush the map
      const fs = f * (damp[e.source] as number);
      const ft = f * (damp[e.target] as number);
      dxs[e.source] = (dxs[e.source] as number) - dx * fs;
      dys[e.source] = (dys[e.source] as number) - dy * fs;
      dxs[e.target] = (dxs[e.target] as number) + dx * ft;
      dys[e.target] = (dys[e.target] as number) + dy * ft;
    }
    const temperature = k * (1 - it / o.iterations) + 1;
    for (let i = 0; i < n; i++) {
      const d = Math.hypot(dxs[i] as number, dys[i] as number);
      if (d < 1e-9) continue;
      const step = Math.min(d, temperature) / d;
      xs[i] = (xs[i] as number) + (dxs[i] as number) * step;
      ys[i] = (ys[i] as number) + (dys[i] as number) * step;
    }
  }

  removeOverlaps(xs, ys, nodes, o);
  for (let i = 0; i < n; i++) {
    (nodes[i] as SpreadNode).x = Math.round((xs[i] as number) * 100) / 100;
    (nodes[i] as SpreadNode).y = Math.round((ys[i] as number) * 100) / 100;
  }
}

/**
 * Pushes overlapping node+label boxes apart (a few cheap passes), then settles any still overlapping
 * greedily — inner people first — so none overlap: a person who fits where they are stays there, anyone
 * else takes the nearest free cell of a grid whose cells are as big as the largest box (see settle).
 */
function removeOverlaps(xs: Float64Array, ys: Float64Array, nodes: readonly SpreadNode[], o: SpreadOptions): void {
  const n = xs.length;
  const w = Float64Array.from(nodes, (p) => boxWidth(p, o));
  // Each box runs from the badges above the node to the label's end below it: its centre sits the same
  // distance below every node's centre, so comparing boxes is comparing centres.
  const h = Float64Array.from(nodes, (p) => boxHeight(p, o));
  let cell = 0;
  for (let i = 0; i < n; i++) cell = Math.max(cell, w[i] as number, h[i] as number);
  cell += o.gap;
  for (let pass = 0; pass < 30; pass++) {
    let moved = false;
    const grid = buildGrid(xs, ys, cell);
    for (let i = 0; i < n; i++) {
      forNeighbours(grid, xs, ys, cell, i, (j) => {
        const dx = (xs[j] as number) - (xs[i] as number);
        const dy = (ys[j] as number) - (ys[i] as number);
        const ox = ((w[i] as number) + (w[j] as number)) / 2 + o.gap - Math.abs(dx);
        const oy = ((h[i] as number) + (h[j] as number)) / 2 + o.gap - Math.abs(dy);
        if (ox <= 0 || oy <= 0) return;
        moved = true;
        if (ox < oy) {
          const s = (dx > 0 || (dx === 0 && i < j) ? 1 : -1) * (ox / 2 + 0.5);
          xs[i] = (xs[i] as number) - s;
          xs[j] = (xs[j] as number) + s;
        } else {
          const s = (dy > 0 || (dy === 0 && i < j) ? 1 : -1) * (oy / 2 + 0.5);
          ys[i] = (ys[i] as number) - s;
          ys[j] = (ys[j] as number) + s;
        }
      });
    }
    if (!moved) return;
  }
  settle(xs, ys, w, h, cell, o.gap);
}

/**
 * Greedy settle, guaranteed to end with no overlaps, near-linear: people in order from the centre out;
 * one who overlaps nobody settled stays put, anyone else moves to the centre of the nearest free cell
 * of a grid of (widest box + gap) × (tallest box + gap) cells. A settled box, widened by half the gap
 * on each side, marks every cell it touches as taken; a box widened the same way fits inside one cell,
 * so a box in a free cell keeps the full gap from every settled one. The search for a free cell goes
 * ring by ring around the person's own cell and remembers, per cell, the ring where the last search
 * ended (taken cells never free up), so even a pile of people on one spot costs O(n), not O(n²).
 */
function settle(xs: Float64Array, ys: Float64Array, w: Float64Array, h: Float64Array, cell: number, gap: number): void {
  const n = xs.length;
  let cw = 0, ch = 0;
  for (let i = 0; i < n; i++) {
    cw = Math.max(cw, (w[i] as number) + gap);
    ch = Math.max(ch, (h[i] as number) + gap);
  }
  let cx = 0, cy = 0;
  for (let i = 0; i < n; i++) {
    cx += xs[i] as number;
    cy += ys[i] as number;
  }
  cx /= n;
  cy /= n;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => Math.hypot((xs[a] as number) - cx, (ys[a] as number) - cy) - Math.hypot((xs[b] as number) - cx, (ys[b] as number) - cy) || a - b,
  );
  const key = (gx: number, gy: number) => gx * 1_000_003 + gy;
  const settled: Grid = new Map();
  const taken = new Set<number>();
  const startRing = new Map<number, number>();
  const fits = (i: number, x: number, y: number) => {
    const gx = Math.floor(x / cell), gy = Math.floor(y / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of settled.get(key(gx + dx, gy + dy)) ?? []) {
          const apartX = ((w[i] as number) + (w[j] as number)) / 2 + gap - Math.abs((xs[j] as number) - x) <= 0;
          if (!apartX && ((h[i] as number) + (h[j] as number)) / 2 + gap - Math.abs((ys[j] as number) - y) > 0) return false;
        }
      }
    }
    return true;
  };
  const freeCellNear = (x: number, y: number): [number, number] => {
    const hx = Math.floor(x / cw), hy = Math.floor(y / ch);
    const home = key(hx, hy);
    for (let r = startRing.get(home) ?? 0; ; r++) {
      let best: [number, number] | null = null;
      let bestD = Infinity;
      for (let gx = hx - r; gx <= hx + r; gx++) {
        const edge = gx === hx - r || gx === hx + r;
        for (let gy = hy - r; gy <= hy + r; gy += edge || r === 0 ? 1 : 2 * r) {
          if (taken.has(key(gx, gy))) continue;
          const d = Math.hypot((gx + 0.5) * cw - x, (gy + 0.5) * ch - y);
          if (d < bestD) {
            bestD = d;
            best = [gx, gy];
          }
        }
      }
      if (best) {
        startRing.set(home, r);
        return best;
      }
    }
  };
  for (const i of order) {
    let x = xs[i] as number, y = ys[i] as number;
    if (!fits(i, x, y)) {
      const [gx, gy] = freeCellNear(x, y);
      x = (gx + 0.5) * cw;
      y = (gy + 0.5) * ch;
    }
    xs[i] = x;
    ys[i] = y;
    const k = key(Math.floor(x / cell), Math.floor(y / cell));
    const bucket = settled.get(k);
    if (bucket) bucket.push(i);
    else settled.set(k, [i]);
    const hw = ((w[i] as number) + gap) / 2, hh = ((h[i] as number) + gap) / 2;
    // Half-open: a box that ends exactly on a cell's edge (the widest box, in its own cell) stays out of the next one.
    for (let gx = Math.floor((x - hw) / cw + 1e-9); gx < Math.ceil((x + hw) / cw - 1e-9); gx++) {
      for (let gy = Math.floor((y - hh) / ch + 1e-9); gy < Math.ceil((y + hh) / ch - 1e-9); gy++) taken.add(key(gx, gy));
    }
  }
}
