import { describe, expect, it } from 'vitest';
import { managersOf, orgChartLayout, ORG_CHART_DEFAULTS } from '../../../renderer/graph/layouts/orgChart';
import type { LayoutPerson, LayoutRelationship, Positions } from '../../../renderer/graph/layouts/types';
import { syntheticAccount } from '../../bench/syntheticAccount';

const person = (id: string, department = 'Sales'): LayoutPerson => ({ id, name: id, department, authority: 3 });
const reportsTo = (fromId: string, toId: string): LayoutRelationship => ({ fromId, toId, type: 'reports-to' });
const { columnWidth, rowHeight, maxPerRow } = ORG_CHART_DEFAULTS;

function overlapping(pos: Positions): [string, string] | null {
  const entries = Object.entries(pos);
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [a, p] = entries[i] as [string, { x: number; y: number }];
      const [b, q] = entries[j] as [string, { x: number; y: number }];
      if (Math.abs(p.x - q.x) < columnWidth - 0.01 && Math.abs(p.y - q.y) < rowHeight - 0.01) return [a, b];
    }
  }
  return null;
}

describe('org chart layout', () => {
  const account = syntheticAccount(500);
  const pos = orgChartLayout(account);
  const manager = managersOf(account);

  it('places every person, each manager above each of their reports, and nobody on top of anybody', () => {
    expect(Object.keys(pos).sort()).toEqual(account.people.map((p) => p.id).sort());
    expect(manager.size).toBeGreaterThan(400);
    for (const [report, boss] of manager) expect(pos[boss]?.y).toBeLessThan(pos[report]?.y as number);
    expect(overlapping(pos)).toBeNull();
  });

  it('wraps a manager with many direct reports into several rows of at most maxPerRow', () => {
    const people = [person('boss'), ...Array.from({ length: 40 }, (_, i) => person(`r${String(i).padStart(2, '0')}`))];
    const p = orgChartLayout({ people, relationships: people.slice(1).map((r) => reportsTo(r.id, 'boss')) });
    const rows = new Map<number, number>();
    for (const r of people.slice(1)) rows.set(p[r.id]?.y as number, (rows.get(p[r.id]?.y as number) ?? 0) + 1);
    expect(rows.size).toBe(Math.ceil(40 / maxPerRow));
    expect(Math.max(...rows.values())).toBeLessThanOrEqual(maxPerRow);
    const xs = people.slice(1).map((r) => p[r.id]?.x as number);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(maxPerRow * columnWidth);
    expect(overlapping(p)).toBeNull();
  });

  it('puts people without a manager (and no reports) in their own group below the tree', () => {
    const loners = account.people.filter((p) => !manager.has(p.id) && ![...manager.values()].includes(p.id));
    expect(loners.length).toBeGreaterThan(5);
    const treeBottom = Math.max(...[...manager.keys()].map((id) => pos[id]?.y as number));
    for (const l of loners) expect(pos[l.id]?.y).toBeGreaterThan(treeBottom + rowHeight);
  });

  it('is deterministic whatever the input order', () => {
    const shuffled = { people: [...account.people].reverse(), relationships: [...account.relationships].reverse() };
    expect(orgChartLayout(shuffled)).toEqual(pos);
  });

  it('survives a reports-to cycle and self-reports instead of hanging', () => {
    const people = ['a', 'b', 'c', 'd'].map((id) => person(id));
    const p = orgChartLayout({ people, relationships: [reportsTo('a', 'b'), reportsTo('b', 'c'), reportsTo('c', 'a'), reportsTo('d', 'd')] });
    expect(Object.keys(p).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(overlapping(p)).toBeNull();
  });

  it('lays out 2,000 people completely, without overlaps', () => {
    const big = syntheticAccount(2000);
    const p = orgChartLayout(big);
    expect(Object.keys(p)).toHaveLength(2000);
    expect(Object.values(p).every((q) => Number.isFinite(q.x) && Number.isFinite(q.y))).toBe(true);
    expect(overlapping(p)).toBeNull();
  });
});
