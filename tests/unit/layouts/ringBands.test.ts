import { describe, expect, it } from 'vitest';
import { bandWording, ringBands } from '../../../renderer/graph/layouts/ringBands';
import { withoutManager } from '../../../renderer/graph/layouts/orgChart';
import { rankOrder, ringsLayout } from '../../../renderer/graph/layouts/rings';
import { RING_ASPECT } from '../../../renderer/graph/layouts/ringPack';
import { GUIDE_LINE, GUIDE_TEXT } from '../../../renderer/graph/palette';
import { syntheticAccount } from '../../bench/syntheticAccount';

/** WCAG relative luminance and contrast. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);

describe('ring guides', () => {
  const account = syntheticAccount(28);
  const scores = new Map(account.people.map((p, i) => [p.id, 100 - i * 3]));
  const rankOf = new Map(rankOrder(account.people, scores).map((p, i) => [p.id, i + 1]));
  const pos = ringsLayout(account.people, scores);

  /** Distance from the centre on the rings' ellipses (half a ring's height). */
  const rho = (q: { x: number; y: number }) => Math.hypot(q.x / RING_ASPECT, q.y);

  it('gives each ring of the rings layout the band of ranks drawn on it: Top 9, 10+', () => {
    const bands = ringBands(pos, rankOf);
    expect(bands.map((b) => [b.ring, b.from, b.to, b.last])).toEqual([
      [1, 2, 9, false],
      [2, 10, 28, true],
    ]);
    // Each band's ring is where its people stand.
    for (const b of bands) for (const [id, r] of rankOf) if (r >= b.from && r <= b.to) expect(rho(pos[id]!)).toBeCloseTo(b.radius, 0);
    expect(bands.map(bandWording)).toEqual([{ key: 'top', to: 9 }, { key: 'from', from: 10 }]);
  });

  it('follows the ranking: a changed rank changes the bands without a new layout', () => {
    const last = [...rankOf.entries()].find(([, r]) => r === 28)![0];
    const changed = new Map([...rankOf].map(([id, r]) => [id, id === last ? 3 : r >= 3 ? r + 1 : r]));
    const bands = ringBands(pos, changed);
    expect(bands.map(bandWording)).toEqual([{ key: 'top', to: 10 }, { key: 'from', from: 3 }]);
  });

  it('makes someone dragged off the rings a ring of their own, and leaves the centre person on none', () => {
    const someone = [...rankOf.entries()].find(([, r]) => r === 5)![0];
    const dragged = { ...pos, [someone]: { x: 0, y: -(rho(pos[someone]!) + 80) } };
    expect(ringBands(dragged, rankOf).map((b) => [b.from, b.to])).toEqual([[2, 9], [5, 5], [10, 28]]);
  });

  it('puts the top decision-maker in the centre even when someone scores higher', () => {
    const people = account.people.map((p, i) => ({ ...p, isTopDecisionMaker: i === 5 }));
    const p = ringsLayout(people, scores);
    expect(Math.hypot(p[people[5]!.id]!.x, p[people[5]!.id]!.y)).toBe(0);
    // The highest score then heads the first ring.
    expect(rho(p[people[0]!.id]!)).toBeCloseTo(Math.min(...people.slice(1).map((q) => rho(p[q.id]!)).filter((r) => r > 0)), 1);
  });

  it('is faint behind the people yet its words are readable (contrast on white)', () => {
    expect(luminance(GUIDE_LINE)).toBeGreaterThan(0.6);
    expect(contrast(GUIDE_TEXT, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('people without a manager', () => {
  it('are those with no reports-to line at all, and never the top of a chain', () => {
    const rels = [
      { fromId: 'b', toId: 'a', type: 'reports-to' as const },
      { fromId: 'c', toId: 'a', type: 'influences' as const },
      { fromId: 'd', toId: 'gone', type: 'reports-to' as const },
      { fromId: 'e', toId: 'e', type: 'reports-to' as const },
    ];
    expect(withoutManager(['a', 'b', 'c', 'd', 'e'], rels)).toEqual(['c', 'd', 'e']);
  });
});
