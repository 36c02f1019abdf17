// The spreading pass's promise to the rep: no two node+label boxes overlap, at every size, and the
// same input gives the same map. Boxes are checked exhaustively (all pairs up to 2,000 people; above,
// all pairs in neighbouring cells of a grid as big as the largest box, which cannot miss a pair).
import { describe, expect, it } from 'vitest';
import { boxHeight, boxWidth, spread, SPREAD_DEFAULTS as o, type SpreadEdge, type SpreadNode } from '../../../renderer/graph/layouts/spread';
import { seededRandom } from '../../bench/syntheticAccount';

const halfW = (p: SpreadNode) => boxWidth(p, o) / 2;
/** Half a box's height: badges above the node, the label below it (the same offset from every node's centre). */
const halfH = (p: SpreadNode) => boxHeight(p, o) / 2;
/** Overlapping pairs (0.02 px of slack for the rounding of positions to 0.01). */
function overlaps(nodes: readonly SpreadNode[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const test = (i: number, j: number) => {
    const a = nodes[i] as SpreadNode, b = nodes[j] as SpreadNode;
    const apartX = Math.abs(a.x - b.x) >= halfW(a) + halfW(b) + o.gap - 0.02;
    const apartY = Math.abs(a.y - b.y) >= halfH(a) + halfH(b) + o.gap - 0.02;
    if (!apartX && !apartY) out.push([i, j]);
  };
  if (nodes.length <= 2000) {
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) test(i, j);
    return out;
  }
  const cell = 2 * Math.max(...nodes.map((p) => Math.max(halfW(p), halfH(p)))) + o.gap;
  const grid = new Map<string, number[]>();
  nodes.forEach((p, i) => {
    const k = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    grid.set(k, [...(grid.get(k) ?? []), i]);
  });
  nodes.forEach((p, i) => {
    const gx = Math.floor(p.x / cell), gy = Math.floor(p.y / cell);
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) for (const j of grid.get(`${gx + dx},${gy + dy}`) ?? []) if (j > i) test(i, j);
  });
  return out;
}

/** A crowded draft-like input: clusters of people around a few hubs, linked in chains and to the hubs. */
function crowd(n: number, seed: number): { nodes: SpreadNode[]; edges: SpreadEdge[] } {
  const rnd = seededRandom(seed);
  const hubs = Math.max(1, Math.round(Math.sqrt(n) / 3));
  const nodes = Array.from({ length: n }, (_, i) => {
    const hub = i % hubs;
    return { x: Math.cos(hub) * 40 + (rnd() - 0.5) * 12, y: Math.sin(hub) * 40 + (rnd() - 0.5) * 12, size: 28 + Math.floor(rnd() * 61) };
  });
  const edges = Array.from({ length: n - 1 }, (_, i) => ({ source: i + 1, target: rnd() < 0.3 ? i % hubs : Math.floor(rnd() * (i + 1)), length: 135, weight: 0.8 }));
  return { nodes, edges };
}

describe('spreading pass: no overlaps, same result every time', () => {
  for (const n of [1, 2, 30, 300, 2000, 20_000]) {
    it(`${n.toLocaleString('en-US')} people in crowded clusters`, () => {
      const input = crowd(n, n);
      const a = input.nodes.map((p) => ({ ...p }));
      spread(a, input.edges);
      if (n <= 2000) {
        // (20,000 is checked once: a second run would double the suite's longest test.)
        const b = input.nodes.map((p) => ({ ...p }));
        spread(b, input.edges);
        expect(a).toEqual(b);
      }
      expect(a.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
      expect(overlaps(a)).toEqual([]);
    }, 120_000);
  }

  it('5,000 people piled on one spot with no edges (only the settle can separate them)', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => ({ x: 0, y: 0, size: 28 + (i % 7) * 10 }));
    spread(nodes, [], { iterations: 0 });
    expect(overlaps(nodes)).toEqual([]);
    // Settled around the pile, not flung away: the spread is about as wide as the boxes need.
    const xs = nodes.map((p) => p.x), ys = nodes.map((p) => p.y);
    const width = Math.max(...xs) - Math.min(...xs), height = Math.max(...ys) - Math.min(...ys);
    expect(width * height).toBeLessThan(5000 * (o.labelWidth + o.gap) * (boxHeight({ x: 0, y: 0, size: 88 }, o) + o.gap) * 3);
  }, 120_000);

});
