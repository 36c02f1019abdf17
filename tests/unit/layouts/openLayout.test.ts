import { describe, expect, it } from 'vitest';
import { computeLayout, openLayout, orgChartLayout, placeNewcomers } from '../../../renderer/graph/layouts';
import { syntheticAccount } from '../../bench/syntheticAccount';

describe('opening a layout', () => {
  const account = syntheticAccount(100);

  it('reuses saved positions without running the layout, and places people added since below them', async () => {
    const saved = account.people.slice(0, 90).map((p, i) => ({ personId: p.id, x: i * 3, y: i * 2 }));
    const opened = await openLayout('influence-network', saved, account);
    expect(opened.computed).toBe(false);
    for (const s of saved) expect(opened.positions[s.personId]).toEqual({ x: s.x, y: s.y });
    const maxSavedY = Math.max(...saved.map((s) => s.y));
    for (const p of account.people.slice(90)) expect(opened.positions[p.id]?.y).toBeGreaterThan(maxSavedY);
  });

  it('computes the layout when nothing is saved; the saved view falls back to the org chart, with room for whole titles', async () => {
    const opened = await openLayout('saved', [], account);
    expect(opened.computed).toBe(true);
    expect(opened.positions).toEqual(orgChartLayout(account, { compactLabels: false }));
    // The org chart itself draws one-line titles (style.ts compact-label), so it packs its levels closer.
    const bottom = (p: Record<string, { y: number }>) => Math.max(...Object.values(p).map((q) => q.y));
    expect(bottom(await computeLayout('org-chart', account))).toBeLessThan(bottom(opened.positions));
  });

  it('gives every newcomer its own spot', () => {
    const p = placeNewcomers({}, ['a', 'b', 'c']);
    expect(new Set(Object.values(p).map((q) => `${q.x},${q.y}`)).size).toBe(3);
  });
});
