import { describe, expect, it } from 'vitest';
import { RINGS_DEFAULTS, rankOrder, ringsLayout } from '../../../renderer/graph/layouts/rings';
import { syntheticAccount } from '../../bench/syntheticAccount';

const radius = (p: { x: number; y: number } | undefined) => Math.hypot(p?.x as number, p?.y as number);

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

  it('keeps people apart on each ring', () => {
    const all = Object.values(pos);
    let closest = Infinity;
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) closest = Math.min(closest, Math.hypot((all[i]?.x as number) - (all[j]?.x as number), (all[i]?.y as number) - (all[j]?.y as number)));
    expect(closest).toBeGreaterThan(100);
  });

  it('groups a ring by department: each department is one run around the ring', () => {
    const ring = account.people.filter((p) => Math.abs(radius(pos[p.id]) - 4 * RINGS_DEFAULTS.ringGap) < 1);
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
