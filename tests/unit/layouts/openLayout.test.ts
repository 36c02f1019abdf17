import { describe, expect, it } from 'vitest';
import { computeLayout, openLayout, placeNewcomers } from '../../../renderer/graph/layouts';
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

  it('computes the layout when nothing is saved; the saved view falls back to the org chart', async () => {
    const opened = await openLayout('saved', [], account);
    expect(opened.computed).toBe(true);
    expect(opened.positions).toEqual(await computeLayout('org-chart', account));
  });

  it('gives every newcomer its own spot', () => {
    const p = placeNewcomers({}, ['a', 'b', 'c']);
    expect(new Set(Object.values(p).map((q) => `${q.x},${q.y}`)).size).toBe(3);
  });
});
