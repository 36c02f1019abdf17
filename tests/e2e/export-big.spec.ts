// Big accounts at export: a 2,000-person PNG at the largest size is capped at 4,096 px on the long side,
// decodes to a real image of exactly that size and is not blank (cy.png fails silently past limits); a
// 3,000-person SVG is refused up front, in words, before anything is drawn.
import { test, expect } from './harness/fixture';
import { copyFileSync, mkdirSync } from 'node:fs';
import { syntheticAccountJson } from '../bench/syntheticAccountJson';
import { exportAndWait, lastSaved, openExportDialog, pixelStats, readPng } from './export/exportHelpers';

test('2,000 people at "Poster": exactly 4096 px on the long side, a real non-blank image', async ({ page, powermap }) => {
  test.setTimeout(120_000);
  const columns = 50;
  // Saved positions: the map opens at once instead of running a 2,000-node force layout.
  const doc = syntheticAccountJson(2000, (big) => big.people.map((p, i) => ({ personId: p.id, layout: 'saved', x: (i % columns) * 230, y: Math.floor(i / columns) * 170 })));
  const imported = await powermap.call<{ account: { id: string; name: string }; people: number }>('importAccountJson', { json: JSON.stringify(doc) });
  expect(imported.people).toBe(2000);
  await powermap.open();
  await page.getByRole('list', { name: 'Account list' }).getByRole('button', { name: new RegExp(imported.account.name) }).first().click();
  await expect.poll(() => page.evaluate(() => window.__powermapGraph?.nodeCount() ?? 0), { timeout: 60_000 }).toBe(2000);
  await openExportDialog(page);
  await page.getByRole('dialog').getByRole('radio', { name: /4096 px/ }).check();
  await exportAndWait(page, 'Save PNG…');
  const png = readPng(lastSaved(powermap).path);
  mkdirSync('/tmp/shots/h10', { recursive: true });
  copyFileSync(lastSaved(powermap).path, '/tmp/shots/h10/export-2000-people-4096.png');
  expect(Math.max(png.width, png.height)).toBe(4096);
  expect(Math.min(png.width, png.height)).toBeGreaterThan(1000);
  const stats = pixelStats(png);
  expect(stats.colours).toBeGreaterThan(30);
  // The map band (between header and legend) has plenty of non-white pixels: nodes and lines were drawn.
  const mid = pixelStats(png, { x: 0, y: Math.round(png.height * 0.2), w: png.width, h: Math.round(png.height * 0.5) });
  let nonWhite = 0;
  for (let y = Math.round(png.height * 0.2); y < png.height * 0.7; y += 4) {
    for (let x = 0; x < png.width; x += 4) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! < 235 || png.data[i + 1]! < 235 || png.data[i + 2]! < 235) nonWhite++;
    }
  }
  expect(mid.colours).toBeGreaterThan(10);
  expect(nonWhite).toBeGreaterThan(5000);
});

test('3,000 people: the SVG is refused up front with its estimate and a way out; nothing is saved', async ({ page, powermap }) => {
  test.setTimeout(180_000);
  const columns = 60;
  const doc = syntheticAccountJson(3000, (big) => big.people.map((p, i) => ({ personId: p.id, layout: 'saved', x: (i % columns) * 230, y: Math.floor(i / columns) * 170 })));
  const imported = await powermap.call<{ account: { id: string; name: string }; people: number }>('importAccountJson', { json: JSON.stringify(doc) });
  await powermap.open();
  await page.getByRole('list', { name: 'Account list' }).getByRole('button', { name: new RegExp(imported.account.name) }).first().click();
  await expect.poll(() => page.evaluate(() => window.__powermapGraph?.nodeCount() ?? 0), { timeout: 90_000 }).toBe(3000);
  await openExportDialog(page);
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save SVG…' }).click();
  // Said at once (counted, not drawn): the people, the lines, the size and time it would take, PNG or filter instead.
  await expect(dialog.getByText(/An SVG of this map \(3,000 people, [\d,]+ lines\) would be about \d+ MB and take about \d+ s to draw\. Save it as PNG, or filter the map to fewer people first\./)).toBeVisible({ timeout: 2_000 });
  expect(powermap.platform.saved).toEqual([]);
  await expect(dialog.getByRole('button', { name: 'Save PNG…' })).toBeEnabled();
});
