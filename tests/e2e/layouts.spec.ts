// The layout switch: org chart, influence network and rings by rank each render; the rep's drags
// are kept per layout, and the rep's own arrangement is unchanged after visiting the others.
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { computeInfluence } from '../../shared/domain/influence';
import type { AccountMap, LayoutName } from '../../shared/domain/model';
import { rankPeople } from '../../shared/domain/ranking';
import { RING_ASPECT } from '../../renderer/graph/layouts/ringPack';
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { shot } from './harness/shots';

interface Summary {
  id: string;
  name: string;
  peopleCount: number;
}
type Spots = Record<string, { x: number; y: number }>;

/** Share of pixels that are not (near) white in a screenshot of the map. */
function inkShare(path: string): number {
  const png = PNG.sync.read(readFileSync(path));
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) if ((png.data[i] as number) < 235 || (png.data[i + 1] as number) < 235 || (png.data[i + 2] as number) < 235) ink++;
  return ink / (png.width * png.height);
}

test('each layout renders; drags are kept per layout; the saved view survives switching', async ({ page, powermap }) => {
  test.setTimeout(60_000);
  const [sample] = await powermap.call<Summary[]>('listAccounts', {});
  const map = await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id });
  const ids = map.people.map((p) => p.id);
  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.waitForNodes(ids.length);
  const spots = async (): Promise<Spots> =>
    Object.fromEntries(await Promise.all(ids.map(async (id) => [id, (await app.nodePosition(id)) as { x: number; y: number }] as const)));
  const NAMES: Record<LayoutName, string> = { saved: 'Mine', 'org-chart': 'Org chart', 'influence-network': 'Network', rings: 'Rings' };
  const choose = async (layout: LayoutName, before: Spots) => {
    const button = page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name: NAMES[layout] });
    await button.click();
    await expect(button).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByRole('status').filter({ hasText: 'Laying out' })).toHaveCount(0);
    await expect.poll(async () => JSON.stringify(await spots()) !== JSON.stringify(before), { timeout: 15_000 }).toBe(true);
    await page.waitForTimeout(300);
    return spots();
  };
  const initial = await spots();

  // Org chart: every manager above each of their reports.
  const org = await choose('org-chart', initial);
  const reports = map.relationships.filter((r) => r.type === 'reports-to');
  expect(reports.length).toBeGreaterThan(5);
  for (const r of reports) expect(org[r.toId]!.y).toBeLessThan(org[r.fromId]!.y);
  expect(inkShare(await shot(page, 'layout-org-chart'))).toBeGreaterThan(0.02);

  // Rings: the top-ranked person in the centre, the last-ranked on the outermost ring.
  const rings = await choose('rings', org);
  const ranked = rankPeople(map.people, computeInfluence(map.people, map.relationships));
  // Distance from the centre on the rings' ellipses (RING_ASPECT times wider than tall).
  const radius = (id: string) => Math.hypot(rings[id]!.x / RING_ASPECT, rings[id]!.y);
  expect(radius(ranked[0]!.person.id)).toBeLessThan(1);
  expect(radius(ranked.at(-1)!.person.id)).toBeCloseTo(Math.max(...ids.map(radius)), 0);
  expect(inkShare(await shot(page, 'layout-rings'))).toBeGreaterThan(0.02);

  // Influence network: everyone on a spot of their own.
  const network = await choose('influence-network', rings);
  expect(new Set(Object.values(network).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(ids.length);
  expect(inkShare(await shot(page, 'layout-influence-network'))).toBeGreaterThan(0.02);

  // A drag in the rings is saved under the rings, and comes back after a detour.
  await choose('rings', network);
  const moved = ranked.at(-1)!.person.id;
  await app.dragNode(moved, 60, 40);
  await expect.poll(async () => (await app.nodePosition(moved))!.x).not.toBeCloseTo(rings[moved]!.x, 0);
  const dragged = (await app.nodePosition(moved))!;
  await expect
    .poll(async () => (await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id, layout: 'rings' })).positions.find((p) => p.personId === moved)?.x)
    .toBeCloseTo(dragged.x, 0);
  const orgAgain = await choose('org-chart', await spots());
  expect(orgAgain).toEqual(org);
  const ringsAgain = await choose('rings', orgAgain);
  expect(ringsAgain[moved]!.x).toBeCloseTo(dragged.x, 0);
  expect(ringsAgain[moved]!.y).toBeCloseTo(dragged.y, 0);

  // The rep's own arrangement is exactly as it was.
  const saved = await choose('saved', ringsAgain);
  for (const id of ids) {
    expect(saved[id]!.x).toBeCloseTo(initial[id]!.x, 0);
    expect(saved[id]!.y).toBeCloseTo(initial[id]!.y, 0);
  }
  expect(powermap.pageErrors).toEqual([]);
  expect(powermap.consoleErrors).toEqual([]);
});
