// PNG export of the whole map: decoded with pngjs — size per choice, header text, map colours,
// legend, white or transparent background; a cancelled save writes nothing.
import { test, expect } from './harness/fixture';
import { copyFileSync, mkdirSync } from 'node:fs';
import { STANCE_FILL } from '../../renderer/graph/palette';
import { exportAndWait, lastSaved, openExportDialog, openSampleMap, pixelStats, readPng } from './export/exportHelpers';

const SHOTS = '/tmp/shots/h10';

function countNear(png: ReturnType<typeof readPng>, hex: string): number {
  const t = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i + 3]! > 200 && Math.abs(png.data[i]! - t[0]!) <= 6 && Math.abs(png.data[i + 1]! - t[1]!) <= 6 && Math.abs(png.data[i + 2]! - t[2]!) <= 6) n++;
  }
  return n;
}

test('PNG at each size: long side as chosen, header text, map colours, legend; white by default', async ({ page, powermap }) => {
  await openSampleMap(page, powermap);
  await openExportDialog(page);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/export-dialog.png` });
  for (const size of [1600, 2400, 4096]) {
    await page.getByRole('dialog').getByRole('radio', { name: new RegExp(`${size} px`) }).check();
    const line = await exportAndWait(page, 'Save PNG…');
    const saved = lastSaved(powermap);
    expect(line).toContain(saved.path);
    expect(saved.kind).toBe('png');
    expect(saved.fileName).toMatch(/\.png$/);
    const png = readPng(saved.path);
    expect(Math.max(png.width, png.height), `long side at ${size}`).toBe(size);
    expect(Math.min(png.width, png.height)).toBeGreaterThan(size * 0.3);
    const all = pixelStats(png);
    expect(all.transparent, 'white background has no see-through pixels').toBe(0);
    expect(all.colours).toBeGreaterThan(40);
    // Header band (the top ~7%): the account name in dark text.
    const header = pixelStats(png, { x: 0, y: 0, w: png.width, h: Math.round(png.height * 0.07) });
    expect(header.dark, 'dark header text').toBeGreaterThan(size * 0.5);
    // Map colours: every assessed stance appears.
    for (const s of ['ally', 'supporter', 'neutral', 'skeptic', 'opponent'] as const) expect(countNear(png, STANCE_FILL[s]), `${s} on the PNG`).toBeGreaterThan(20);
    // Legend band at the bottom: text and swatches.
    const legend = pixelStats(png, { x: 0, y: Math.round(png.height * 0.85), w: png.width, h: Math.round(png.height * 0.15) });
    expect(legend.dark).toBeGreaterThan(size * 0.3);
    if (size === 2400) copyFileSync(saved.path, `${SHOTS}/export-2400.png`);
  }
});

test('transparent background: corners see-through, text still there', async ({ page, powermap }) => {
  await openSampleMap(page, powermap);
  await openExportDialog(page);
  await page.getByRole('dialog').getByRole('radio', { name: 'Transparent' }).check();
  await exportAndWait(page, 'Save PNG…');
  const png = readPng(lastSaved(powermap).path);
  expect(png.data[3], 'top-left pixel alpha').toBe(0);
  const stats = pixelStats(png);
  expect(stats.transparent).toBeGreaterThan(png.width * png.height * 0.3);
  expect(stats.dark).toBeGreaterThan(1000);
  copyFileSync(lastSaved(powermap).path, `${SHOTS}/export-transparent.png`);
});

test('a cancelled save says so and writes nothing', async ({ page, powermap }) => {
  await openSampleMap(page, powermap);
  await openExportDialog(page);
  powermap.platform.cancelNextSave();
  await exportAndWait(page, 'Save PNG…', /Not saved \(cancelled\)/);
  expect(powermap.platform.saved).toHaveLength(0);
});

test('an empty map: the export says there is nothing to export and saves nothing', async ({ page, powermap }) => {
  const empty = await powermap.call<{ id: string }>('createAccount', { name: 'Empty Co' });
  await powermap.open();
  await page.getByRole('list', { name: 'Account list' }).getByRole('button', { name: /Empty Co/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Empty Co' })).toBeVisible();
  await openExportDialog(page);
  await exportAndWait(page, 'Save PNG…', /There is nothing on this map to export yet\./);
  await exportAndWait(page, 'Save SVG…', /There is nothing on this map to export yet\./);
  expect(powermap.platform.saved).toHaveLength(0);
  expect(empty.id).toBeTruthy();
});
