import { describe, expect, it } from 'vitest';
import { influenceNetworkLayout } from '../../../renderer/graph/layouts/influenceNetwork';
import { syntheticAccount } from '../../bench/syntheticAccount';

const dist = (a: { x: number; y: number } | undefined, b: { x: number; y: number } | undefined) => Math.hypot((a?.x as number) - (b?.x as number), (a?.y as number) - (b?.y as number));

describe('influence network (fcose, inline when there is no Worker)', () => {
  const account = syntheticAccount(120);

  it('places everyone, the same way every time, with linked people closer than average', async () => {
    const a = await influenceNetworkLayout(account);
    const b = await influenceNetworkLayout({ ...account, people: [...account.people] });
    expect(Object.keys(a)).toHaveLength(120);
    expect(a).toEqual(b);
    const linked = account.relationships.filter((r) => r.type === 'close-to' || r.type === 'reports-to');
    const meanLinked = linked.reduce((s, r) => s + dist(a[r.fromId], a[r.toId]), 0) / linked.length;
    const ids = account.people.map((p) => p.id);
    let meanAll = 0;
    for (let i = 0; i < ids.length; i++) meanAll += dist(a[ids[i] as string], a[ids[(i * 7 + 13) % ids.length] as string]);
    expect(meanLinked).toBeLessThan(meanAll / ids.length);
  });

  it('lays out 2,000 people in draft quality', async () => {
    const big = syntheticAccount(2000);
    const p = await influenceNetworkLayout(big);
    expect(Object.keys(p)).toHaveLength(2000);
    expect(Object.values(p).every((q) => Number.isFinite(q.x) && Number.isFinite(q.y))).toBe(true);
  });
});

describe('spreading pass', () => {
  it('leaves no two node+label boxes overlapping, even from a pile of people on one spot', async () => {
    const { boxHeight, boxWidth, spread, SPREAD_DEFAULTS: o } = await import('../../../renderer/graph/layouts/spread');
    const nodes = Array.from({ length: 400 }, (_, i) => ({ x: (i % 3) * 0.1, y: 0, size: 28 + (i % 7) * 10 }));
    const edges = Array.from({ length: 399 }, (_, i) => ({ source: i, target: (i * 13 + 1) % 400, length: 150, weight: 0.8 }));
    spread(nodes, edges);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i] as (typeof nodes)[number], b = nodes[j] as (typeof nodes)[number];
        const apartX = Math.abs(a.x - b.x) >= (boxWidth({ ...a }, o) + boxWidth({ ...b }, o)) / 2 + o.gap - 0.02;
        // Each box: badges above the node, the label below it (the same offset from every centre).
        const apartY = Math.abs(a.y - b.y) >= (boxHeight({ ...a }, o) + boxHeight({ ...b }, o)) / 2 + o.gap - 0.02;
        expect(apartX || apartY).toBe(true);
      }
    }
  });
});
