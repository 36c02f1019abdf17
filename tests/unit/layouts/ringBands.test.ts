import { describe, expect, it } from 'vitest';
import { bandWording, ringBands } from '../../../renderer/graph/layouts/ringBands';
import { withoutManager } from '../../../renderer/graph/layouts/orgChart';
import { RINGS_DEFAULTS, rankOrder, ringsLayout } from '../../../renderer/graph/layouts/rings';
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

  it('gives each ring of the rings layout the band of ranks drawn on it: Top 7, 8–18, 19+', () => {
    const bands = ringBands(pos, rankOf, RINGS_DEFAULTS.ringGap);
    expect(bands.map((b) => [b.ring, b.radius, b.from, b.to, b.last])).toEqual([
      [1, RINGS_DEFAULTS.ringGap, 2, 7, false],
      [2, 2 * RINGS_DEFAULTS.ringGap, 8, 18, false],
      [3, 3 * RINGS_DEFAULTS.ringGap, 19, 28, true],
    ]);
    expect(bands.map(bandWording)).toEqual([{ key: 'top', to: 7 }, { key: 'range', from: 8, to: 18 }, { key: 'from', from: 19 }]);
  });

  it('follows the ranking: a changed rank changes the bands without a new layout', () => {
    const last = [...rankOf.entries()].find(([, r]) => r === 28)![0];
    const changed = new Map([...rankOf].map(([id, r]) => [id, id === last ? 3 : r >= 3 ? r + 1 : r]));
    const bands = ringBands(pos, changed, RINGS_DEFAULTS.ringGap);
    expect(bands.map(bandWording)).toEqual([{ key: 'top', to: 8 }, { key: 'range', from: 9, to: 19 }, { key: 'from', from: 3 }]);
  });

  it('puts the top decision-maker in the centre even when someone scores higher', () => {
    const people = account.people.map((p, i) => ({ ...p, isTopDecisionMaker: i === 5 }));
    const p = ringsLayout(people, scores);
    expect(Math.hypot(p[people[5]!.id]!.x, p[people[5]!.id]!.y)).toBe(0);
    expect(Math.hypot(p[people[0]!.id]!.x, p[people[0]!.id]!.y)).toBeCloseTo(RINGS_DEFAULTS.ringGap, 1);
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
