// Nothing overlaps and the org chart tells the truth, on the sample account as drawn: after every layout
// and after adding 10 people, no node box touches another node, no label runs into another node, no
// layout guide's words (ring bands, the group without a manager) lie on anyone, nothing covers the top
// decision-maker's diamond (badges included), and every reports-to line (as drawn, bends included) has
// the manager above and nobody else on it.
import type { AccountMap, LayoutName } from '../../shared/domain/model';
import type { Box, GuideInfo, NodeBoxes } from '../../renderer/graph/testHook';
import { test, expect } from './harness/fixture';
import { AppPage, type GraphHook } from './pages/AppPage';
import { PersonPanel } from './pages/PersonPanel';
import { intersects, polylineCrosses } from '../unit/layouts/geometry';
import { shot } from './harness/shots';

interface Summary {
  id: string;
}
/** 1 px less all round: boxes that merely touch do not count. */
const shrink = (b: Box): Box => ({ x1: b.x1 + 1, y1: b.y1 + 1, x2: b.x2 - 1, y2: b.y2 - 1 });

function overlaps(boxes: readonly NodeBoxes[], guides: readonly GuideInfo[] = [], tdmId: string | null = null): string[] {
  const out: string[] = [];
  for (const a of boxes) {
    for (const b of boxes) {
      if (a.id !== b.id && intersects(shrink(a.withLabel), shrink(b.node))) out.push(`${a.id} (with label) on ${b.id}`);
    }
    for (const g of guides) if (g.kind !== 'ring' && g.shown && intersects(shrink(a.withLabel), g.label)) out.push(`guide "${g.text}" on ${a.id}`);
  }
  const tdm = boxes.find((b) => b.id === tdmId);
  if (tdm) {
    // The node box already holds the crown and warning badges (the style's bounds-expansion).
    const diamond = tdm.node;
    for (const b of boxes) if (b.id !== tdm.id && intersects(shrink(b.withLabel), diamond)) out.push(`${b.id} covers the top decision-maker`);
    for (const g of guides) if (g.kind !== 'ring' && intersects(g.label, diamond)) out.push(`guide "${g.text}" covers the top decision-maker`);
  }
  return out;
}

test('every layout and every added person leave nobody covered; the org chart lines run clear', async ({ page, powermap }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const [sample] = await powermap.call<Summary[]>('listAccounts', {});
  const map = await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id });
  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.waitForNodes(map.people.length);
  const settle = async () => {
    await expect(page.getByRole('status').filter({ hasText: 'Laying out' })).toHaveCount(0);
    await page.waitForTimeout(400);
  };
  const NAMES: Record<LayoutName, string> = { saved: 'Mine', 'org-chart': 'Org chart', 'influence-network': 'Network', rings: 'Rings' };
  const choose = async (layout: LayoutName) => {
    const before = await page.evaluate(() => (window as unknown as { __powermapGraph: GraphHook }).__powermapGraph.version());
    await page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name: NAMES[layout] }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __powermapGraph: GraphHook }).__powermapGraph.version()), { timeout: 15_000 }).toBeGreaterThan(before);
    await settle();
  };
  const tdmId = map.people.find((p) => p.isTopDecisionMaker)?.id ?? null;
  expect(tdmId).not.toBeNull();
  const clash = async () => {
    const drawn = await page.evaluate(() => ({ boxes: (window as unknown as { __powermapGraph: GraphHook }).__powermapGraph.nodeBoxes(), guides: (window as unknown as { __powermapGraph: GraphHook }).__powermapGraph.guides() }));
    return overlaps(drawn.boxes, drawn.guides, tdmId);
  };
  await settle();
  expect(await clash(), 'first view').toEqual([]);

  await choose('org-chart');
  const boxes = await page.evaluate(() => (window as unknown as { __powermapGraph: GraphHook }).__powermapGraph.nodeBoxes());
  expect(await clash(), 'org chart').toEqual([]);
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const reports = map.relationships.filter((r) => r.type === 'reports-to');
  for (const r of reports) {
    const route = await page.evaluate((id) => (window as unknown as { __powermapGraph: GraphHook }).__powermapGraph.edgeRoute(id), r.id);
    expect(route, r.id).not.toBeNull();
    expect(byId.get(r.toId)!.node.y2, `manager of ${r.fromId} above them`).toBeLessThan(byId.get(r.fromId)!.node.y1);
    const on = boxes.filter((b) => b.id !== r.fromId && b.id !== r.toId && polylineCrosses(route!, shrink(b.node))).map((b) => b.id);
    expect(on, `nobody on the line ${r.fromId} → ${r.toId}`).toEqual([]);
  }
  await shot(page, 'overlap-org-chart');

  for (const layout of ['influence-network', 'rings', 'saved'] as const) {
    await choose(layout);
    expect(await clash(), layout).toEqual([]);
  }

  // Ten new people, each added with someone selected: each lands in free space.
  await choose('org-chart');
  const panel = new PersonPanel(page);
  for (let i = 1; i <= 10; i++) {
    await panel.addPerson({ name: `Newcomer ${i}`, title: 'Buyer' });
    await app.waitForNodes(map.people.length + i);
    await settle();
  }
  expect(await clash(), 'after adding 10 people').toEqual([]);
  // In the org chart, the newcomers (no reports-to line yet) join the labelled group without a manager.
  const group = (await page.evaluate(() => (window as unknown as { __powermapGraph: GraphHook }).__powermapGraph.guides())).find((g) => g.kind === 'group');
  expect(group?.text).toBe('No manager on the map');
  await shot(page, 'overlap-org-chart-newcomers');

  // In the network, a newcomer goes in free space next to the person selected when it is added.
  await choose('influence-network');
  for (let i = 11; i <= 13; i++) {
    const selected = (await page.evaluate(() => (window as unknown as { __powermapGraph: GraphHook }).__powermapGraph.selectedIds())).at(-1)!;
    expect(selected).toBeDefined();
    const at = (await app.nodePosition(selected))!;
    await panel.addPerson({ name: `Newcomer ${i}`, title: 'Buyer' });
    await app.waitForNodes(map.people.length + i);
    await settle();
    const ids = await page.evaluate(() => (window as unknown as { __powermapGraph: GraphHook }).__powermapGraph.nodeIds());
    const added = (await app.nodePosition(ids.at(-1)!))!;
    expect(Math.hypot(added.x - at.x, added.y - at.y), `Newcomer ${i} next to the selected person`).toBeLessThan(400);
  }
  expect(await clash(), 'after adding 3 more in the network').toEqual([]);

  // Dropping one person onto another nudges it free.
  const [a, b] = [map.people[0]!.id, map.people[1]!.id];
  const pa = (await app.renderedPosition(a))!;
  const pb = (await app.renderedPosition(b))!;
  await app.dragNode(a, pb.x - pa.x, pb.y - pa.y);
  await settle();
  expect(await clash(), 'after a drop onto someone').toEqual([]);
  expect(powermap.pageErrors).toEqual([]);
});
