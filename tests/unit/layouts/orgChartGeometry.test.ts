// The org chart must not lie: geometry checks on the layout itself (who is drawn under whom, where lines run).
import { describe, expect, it } from 'vitest';
import { managersOf, orgChartLayout, orgChartRoute, ORG_CHART_DEFAULTS } from '../../../renderer/graph/layouts/orgChart';
import type { LayoutInput, LayoutPerson, LayoutRelationship, Point, Positions } from '../../../renderer/graph/layouts/types';
import { syntheticAccount } from '../../bench/syntheticAccount';
import { firstOverlap, nodeBox, polylineCrosses } from './geometry';

const person = (id: string): LayoutPerson => ({ id, name: id, department: 'HQ', authority: 3 });
const reportsTo = (fromId: string, toId: string): LayoutRelationship => ({ fromId, toId, type: 'reports-to' });
/** Node diameters as on the map: up to 55 px for people, 83 px for the top decision-maker. */
const SIZE = 55;
const sizeOf = (tdm: ReadonlySet<string>) => (id: string) => (tdm.has(id) ? 83 : SIZE);
/** The chart laid out for those diameters (the map passes the sizes it draws). */
const layout = (input: LayoutInput, tdm: ReadonlySet<string> = new Set()) => orgChartLayout({ ...input, sizes: new Map(input.people.map((p) => [p.id, sizeOf(tdm)(p.id)])) });

/** Problems with the chart, in words (empty = the chart tells the truth). */
function lies(input: LayoutInput, pos: Positions, tdm: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const manager = managersOf(input);
  const size = sizeOf(tdm);
  const at = (id: string) => pos[id] as Point;
  const { rowHeight, columnWidth, maxPerRow, aisle } = ORG_CHART_DEFAULTS;
  // Levels are as tall as their labels need: the next level below y is the next y anyone in the tree has.
  const levels = [...new Set([...manager].flatMap(([r, b]) => [at(r).y, at(b).y]))].sort((a, b) => a - b);
  const below = (y: number, k = 1) => levels[levels.indexOf(y) + k];
  // The lines of one manager's row of reports turn above the biggest of them (orgTrunks.ts).
  const rowSize = new Map<string, number>();
  for (const [report, boss] of manager) rowSize.set(`${boss}|${at(report).y}`, Math.max(rowSize.get(`${boss}|${at(report).y}`) ?? 0, size(report)));
  for (const [report, boss] of manager) {
    if (at(boss).y >= at(report).y) out.push(`${boss} is not above ${report}`);
    const route = orgChartRoute(at(report), at(boss), rowSize.get(`${boss}|${at(report).y}`));
    for (const other of Object.keys(pos)) {
      if (other !== report && other !== boss && polylineCrosses(route, nodeBox(at(other), size(other)))) out.push(`${other} lies on the line ${report} → ${boss}`);
    }
  }
  const teams = new Map<string, string[]>();
  for (const [report, boss] of manager) teams.set(boss, [...(teams.get(boss) ?? []), report]);
  for (const [boss, kids] of teams) {
    const ys = new Set(kids.map((k) => at(k).y));
    if (ys.size === 1 && [...ys][0] === below(at(boss).y)) continue;
    // Otherwise: a wrapped block, rows straight under the manager, no wider than maxPerRow columns and the aisle.
    for (const k of kids) {
      const direct = !teams.has(k);
      if (direct && Math.abs(at(k).x - at(boss).x) > (maxPerRow / 2) * columnWidth + aisle / 2) out.push(`${k} is not in ${boss}'s block`);
    }
    const leafRows = new Set(kids.filter((k) => !teams.has(k)).map((k) => at(k).y));
    const expected = Array.from({ length: leafRows.size }, (_, i) => below(at(boss).y, i + 1));
    if ([...leafRows].sort((a, b) => a - b).join() !== expected.join()) out.push(`${boss}'s block is not directly under them`);
  }
  const inTree = new Set([...manager.keys(), ...manager.values()]);
  const bottom = Math.max(...[...inTree].map((id) => at(id).y));
  for (const p of input.people) if (!inTree.has(p.id) && at(p.id).y <= bottom + rowHeight) out.push(`${p.id} (no manager) is not below the tree`);
  const overlap = firstOverlap(pos, size);
  if (overlap) out.push(overlap);
  return out;
}

describe('org chart geometry', () => {
  it('draws the chairman\'s secretary beside the GM and CFO, not above them', () => {
    // Like the sample account: the chairman has a secretary (no reports) and two executives with teams.
    const names = ['chairman', 'secretary', 'gm', 'cfo', 'ops', 'sales', 'buyer', 'controller', 'consultant', 'auditor'];
    const input: LayoutInput = {
      people: names.map(person),
      relationships: [
        reportsTo('secretary', 'chairman'), reportsTo('gm', 'chairman'), reportsTo('cfo', 'chairman'),
        reportsTo('ops', 'gm'), reportsTo('sales', 'gm'), reportsTo('buyer', 'sales'), reportsTo('controller', 'cfo'),
        { fromId: 'secretary', toId: 'chairman', type: 'influences', strength: 3 },
      ],
    };
    const pos = layout(input, new Set(['chairman']));
    expect(pos.secretary?.y).toBe(pos.gm?.y);
    expect(pos.cfo?.y).toBe(pos.gm?.y);
    expect(lies(input, pos, new Set(['chairman']))).toEqual([]);
  });

  it('wraps a big team into a block under its manager, with the sub-teams below it, and nobody on a line', () => {
    const leaves = Array.from({ length: 15 }, (_, i) => `ic${String(i).padStart(2, '0')}`);
    const input: LayoutInput = {
      people: ['boss', 'lead', 'lead2', 'dev', 'dev2', ...leaves, 'peer', 'peerReport'].map(person),
      relationships: [
        ...leaves.map((l) => reportsTo(l, 'boss')), reportsTo('lead', 'boss'), reportsTo('lead2', 'boss'), reportsTo('dev', 'lead'), reportsTo('dev2', 'lead2'),
        reportsTo('peerReport', 'peer'),
      ],
    };
    const pos = layout(input);
    expect(lies(input, pos)).toEqual([]);
    expect(pos.lead?.y).toBe(pos.lead2?.y);
    expect(pos.lead?.y).toBeGreaterThan(Math.max(...leaves.map((l) => pos[l]?.y as number)));
  });

  it('tells the truth for a 500-person account', () => {
    const account = syntheticAccount(500);
    expect(lies(account, layout(account))).toEqual([]);
  });
});
