import { describe, expect, it } from 'vitest';
import { rankOrder, ringsLayout } from '../../../renderer/graph/layouts/rings';
import { RING_ASPECT } from '../../../renderer/graph/layouts/ringPack';
import { drawnSizes } from '../../../renderer/graph/layouts/drawnSize';
import { compactLabelled, labelWidth } from '../../../renderer/graph/layouts/labelSize';
import type { LayoutPerson, Positions } from '../../../renderer/graph/layouts/types';
import { intersects, nodeBox, type Box } from './geometry';
import { syntheticAccount } from '../../bench/syntheticAccount';

/** Distance from the centre on the rings' ellipses (RING_ASPECT times wider than tall). */
const radius = (p: { x: number; y: number } | undefined) => Math.hypot((p?.x as number) / RING_ASPECT, p?.y as number);

/**
 * First two people whose marks as drawn meet: node (with what is drawn above it: an ally's star or the top
 * decision-maker's crown at 150 % of the node, else the 11 px halo) or label (name and a one-line title, 2 lines under the node).
 */
function clash(pos: Positions, size: (id: string) => number, width: (id: string) => number, badge: (id: string) => boolean): string | null {
  const boxes = Object.entries(pos).map(([id, p]) => {
    const s = size(id);
    const w = width(id);
    const node = nodeBox(p, s);
    const label: Box = { x1: p.x - w / 2, x2: p.x + w / 2, y1: node.y2 + 5, y2: node.y2 + 5 + 2 * 18 };
    return { id, node: { ...node, y1: node.y1 - (badge(id) ? 0.25 * s : 11) }, label };
  });
  for (const a of boxes) for (const b of boxes) {
    if (a.id >= b.id) continue;
    if (intersects(a.node, b.node) || intersects(a.label, b.node) || intersects(b.label, a.node) || intersects(a.label, b.label)) return `${a.id} and ${b.id}`;
  }
  return null;
}

describe('rings by rank', () => {
  const account = syntheticAccount(500);
  const scores = new Map(account.people.map((p, i) => [p.id, (i * 37) % 101]));
  const pos = ringsLayout(account.people, scores);

  it('puts the top decision-maker in the centre and, for everyone else, never a higher score further out than a lower one', () => {
    const top = account.people.find((p) => p.isTopDecisionMaker);
    expect(top).toBeDefined();
    expect(radius(pos[top!.id])).toBe(0);
    const others = account.people.filter((p) => p !== top);
    for (const a of others) {
      for (const b of others) {
        if ((scores.get(a.id) as number) > (scores.get(b.id) as number)) expect(radius(pos[a.id])).toBeLessThanOrEqual(radius(pos[b.id]) + 0.02);
      }
    }
  });

  it('puts the highest score in the centre when nobody is marked top decision-maker', () => {
    const plain = account.people.map((p) => ({ ...p, isTopDecisionMaker: false }));
    const p = ringsLayout(plain, scores);
    expect(radius(p[rankOrder(plain, scores)[0]!.id])).toBe(0);
  });

  it('leaves every node, badge and label clear of every other, with the sizes the map draws', () => {
    const check = (people: readonly LayoutPerson[], score: ReadonlyMap<string, number>, at: Positions) => {
      // Labels as wide as their text (estimated wide, labelSize.ts), the title cut to one line as the rings draw it.
      const width = new Map(people.map((p) => [p.id, labelWidth(compactLabelled(p))]));
      const sizes = drawnSizes({ people, scores: score });
      const badged = new Set(people.filter((p) => p.stance === 'ally' || p.isTopDecisionMaker).map((p) => p.id));
      return clash(at, (id) => sizes.get(id) as number, (id) => width.get(id) as number, (id) => badged.has(id));
    };
    expect(check(account.people, scores, pos)).toBeNull();
    const sample = syntheticAccount(25);
    const s25 = new Map(sample.people.map((p, i) => [p.id, 100 - i * 4]));
    expect(check(sample.people, s25, ringsLayout(sample.people, s25))).toBeNull();
  });

  it('groups a ring by department: each department is one run around the ring', () => {
    const fourth = [...new Set(account.people.map((p) => Math.round(radius(pos[p.id]))))].sort((a, b) => a - b)[4] as number;
    const ring = account.people.filter((p) => Math.abs(radius(pos[p.id]) - fourth) < 1);
    expect(ring.length).toBeGreaterThan(20);
    const around = ring.sort((a, b) => Math.atan2(pos[a.id]?.x as number, -(pos[a.id]?.y as number)) - Math.atan2(pos[b.id]?.x as number, -(pos[b.id]?.y as number)));
    const runs = around.filter((p, i) => i === 0 || around[i - 1]?.department !== p.department).length;
    expect(runs).toBeLessThanOrEqual(new Set(ring.map((p) => p.department)).size + 1);
  });

  it('is deterministic and breaks score ties by authority, then name', () => {
    expect(ringsLayout([...account.people].reverse(), scores)).toEqual(pos);
    const tied = [
      { id: 'b', name: 'Bo', department: 'x', authority: 2 },
      { id: 'a', name: 'Al', department: 'x', authority: 2 },
      { id: 'c', name: 'Cy', department: 'x', authority: 5 },
    ];
    expect(rankOrder(tied, new Map()).map((p) => p.id)).toEqual(['c', 'a', 'b']);
  });

  it('places 2,000 people', () => {
    const big = syntheticAccount(2000);
    const p = ringsLayout(big.people, new Map(big.people.map((q) => [q.id, (q.authority ?? 3) * 20])));
    expect(Object.keys(p)).toHaveLength(2000);
  });
});
