// Long dotted and dashed lines are drawn only where they cross the screen (renderer/graph/perf/
// clipDashes.ts), and still look as they did: the dashed line's dashes run edge to edge of the map at
// their on-screen length and spacing, the dotted line is ink across the whole width.
import { PNG } from 'pngjs';
import { test, expect } from './harness/fixture';
import { AppPage, literal } from './pages/AppPage';
import { offCentre } from './pages/HighlightHook';
import { EDGE_COLOUR } from '../../renderer/graph/palette';

test.use({ seedSample: false });

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** True when the pixel is `colour` laid over the background at some coverage (anti-aliased lines are partly covered). */
function isInk(png: PNG, i: number, colour: [number, number, number], bg: [number, number, number]): boolean {
  const d = colour.map((c, k) => c - bg[k]!);
  const p = [0, 1, 2].map((k) => png.data[i + k]! - bg[k]!);
  const alpha = (p[0]! * d[0]! + p[1]! * d[1]! + p[2]! * d[2]!) / (d[0]! ** 2 + d[1]! ** 2 + d[2]! ** 2);
  const residual = Math.hypot(...p.map((v, k) => v - alpha * d[k]!));
  return alpha > 0.2 && residual < 24;
}

/** Runs of "line ink" (`colour` over the map's background) along one screenshot row: [start, length] pairs. */
function inkRuns(png: PNG, y: number, colour: [number, number, number]): Array<[number, number]> {
  const bg = [0, 1, 2].map((k) => png.data[(png.width * 4 + 4) * 4 + k]!) as [number, number, number];
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let x = 0; x <= png.width; x++) {
    const i = (y * png.width + x) * 4;
    const ink = x < png.width && isInk(png, i, colour, bg);
    if (ink && start < 0) start = x;
    if (!ink && start >= 0) {
      runs.push([start, x - start]);
      start = -1;
    }
  }
  return runs;
}

/** The screenshot row (near `y`) with the most ink of `colour`, and its runs. */
function bestRow(png: PNG, y: number, colour: [number, number, number]): Array<[number, number]> {
  let best: Array<[number, number]> = [];
  for (let row = Math.max(0, y - 6); row <= Math.min(png.height - 1, y + 6); row++) {
    const runs = inkRuns(png, row, colour);
    if (runs.reduce((s, r) => s + r[1], 0) > best.reduce((s, r) => s + r[1], 0)) best = runs;
  }
  return best;
}

test('a dashed and a dotted line 60,000 px long keep their dashes across the whole screen', async ({ page, powermap }) => {
  const account = await powermap.call<{ id: string }>('createAccount', { name: 'Long lines' });
  const person = async (name: string) => (await powermap.call<{ person: { id: string } }>('createPerson', { accountId: account.id, name })).person;
  const [west, east, westLow, eastLow, middle] = [await person('West End'), await person('East End'), await person('West Low'), await person('East Low'), await person('Middle Person')];
  await powermap.call('createRelationship', { accountId: account.id, fromId: west.id, toId: east.id, type: 'conflicts-with' });
  await powermap.call('createRelationship', { accountId: account.id, fromId: westLow.id, toId: eastLow.id, type: 'close-to' });
  const positions = [
    { personId: west.id, x: -30_000, y: 0 },
    { personId: east.id, x: 30_000, y: 0 },
    { personId: westLow.id, x: -30_000, y: 500 },
    { personId: eastLow.id, x: 30_000, y: 500 },
    { personId: middle.id, x: 0, y: 250 },
  ];
  await powermap.call('savePositions', { accountId: account.id, layout: 'saved', positions });

  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.accountButton(literal('Long lines')).click();
  await app.waitForNodes(5);
  // Centre the person between the lines: the view is ~1,000 px wide, the lines 60,000 map units.
  await page.getByRole('combobox', { name: 'Find a person' }).fill('Middle Person');
  await page.getByRole('combobox', { name: 'Find a person' }).press('Enter');
  await expect.poll(() => page.evaluate(() => window.__powermapGraph!.zoom())).toBeGreaterThanOrEqual(0.9);
  await expect.poll(() => offCentre(page, middle.id)).toBeLessThan(3);
  const zoom = await page.evaluate(() => window.__powermapGraph!.zoom());
  await page.waitForTimeout(300);
  const png = PNG.sync.read(await app.mapRegion.screenshot());
  const centreY = Math.round(png.height / 2);
  const dy = Math.round(250 * zoom);

  // Dashed (conflicts-with, 7 on 4 off): dashes of ~7·zoom px every ~11·zoom px, from edge to edge.
  const dashes = bestRow(png, centreY - dy, rgb(EDGE_COLOUR['conflicts-with'])).filter(([, len]) => len >= 2);
  expect(dashes.length, 'dashes along the conflict line').toBeGreaterThan(png.width / (11 * zoom) - 8);
  expect(dashes[0]![0], 'first dash at the left edge').toBeLessThan(14 * zoom);
  expect(dashes.at(-1)![0] + dashes.at(-1)![1], 'last dash at the right edge').toBeGreaterThan(png.width - 14 * zoom);
  const gaps = dashes.slice(1).map(([x], i) => x - dashes[i]![0]);
  const typical = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
  expect(typical).toBeGreaterThanOrEqual(Math.floor(11 * zoom) - 1);
  expect(typical).toBeLessThanOrEqual(Math.ceil(11 * zoom) + 1);

  // Dotted (close-to): ink across the whole width (its 1-unit dots blur into a light line at this zoom).
  const dotted = bestRow(png, centreY + dy, rgb(EDGE_COLOUR['close-to']));
  const covered = dotted.reduce((s, [, len]) => s + len, 0);
  expect(covered, 'the dotted line is drawn across the map').toBeGreaterThan(png.width * 0.3);
  expect(dotted[0]![0]).toBeLessThan(10);
  expect(dotted.at(-1)![0] + dotted.at(-1)![1]).toBeGreaterThan(png.width - 10);
  expect(powermap.pageErrors).toEqual([]);
});
