// Exports show the account, not the screen's temporary state: with a person selected and What
// changed outlining people, PNG and SVG match an export with nothing selected; only when the rep
// ticks "Include changes since …" does the purple outline appear, and the legend then names it.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect } from './harness/fixture';
import { exportAndWait, lastSaved, openExportDialog, openSampleMap, readPng } from './export/exportHelpers';
import type { PNG } from 'pngjs';

const CHANGED = { hex: '#6a1b9a', rgb: [106, 27, 154] as const };
const FOCUS = { hex: '#1565c0', rgb: [21, 101, 192] as const };

/** Does the SVG text use this colour (as hex or rgb(), any spacing)? */
function usesColour(svg: string, c: { hex: string; rgb: readonly number[] }): boolean {
  const flat = svg.toLowerCase().replace(/\s+/g, '');
  return flat.includes(c.hex) || flat.includes(`rgb(${c.rgb.join(',')})`) || flat.includes(`rgba(${c.rgb.join(',')},`);
}

/** Pixels close to a colour (the outline is drawn at 0.9 opacity, so allow some blend). */
function near(png: PNG, rgb: readonly number[], tol = 40): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i + 3]! < 200) continue;
    if (Math.abs(png.data[i]! - rgb[0]!) + Math.abs(png.data[i + 1]! - rgb[1]!) + Math.abs(png.data[i + 2]! - rgb[2]!) < tol) n++;
  }
  return n;
}

function differing(a: PNG, b: PNG): number {
  if (a.width !== b.width || a.height !== b.height) return Number.POSITIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2] || a.data[i + 3] !== b.data[i + 3]) n++;
  }
  return n;
}

async function exportBoth(page: Page, powermap: Parameters<typeof lastSaved>[0], open = true): Promise<{ png: PNG; svg: string }> {
  if (open) await openExportDialog(page);
  await exportAndWait(page, 'Save PNG…');
  const png = readPng(lastSaved(powermap).path);
  await exportAndWait(page, 'Save SVG…');
  const svg = readFileSync(lastSaved(powermap).path, 'utf8');
  return { png, svg };
}

test('selection and What changed outlines stay off PNG and SVG unless "Include changes" is ticked', async ({ page, powermap }) => {
  await openSampleMap(page, powermap);
  const clean = await exportBoth(page, powermap);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  expect(near(clean.png, CHANGED.rgb)).toBe(0);

  // Select someone, then outline what changed in the last 30 days.
  const first = page.getByRole('list', { name: 'People on this map' }).getByRole('button').first();
  await first.click();
  await expect.poll(() => page.evaluate(() => window.__powermapGraph?.selectedIds().length ?? 0)).toBe(1);
  await page.getByRole('tab', { name: 'What changed' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __powermapChanged?: () => string[] }).__powermapChanged?.().length ?? 0)).toBeGreaterThan(0);
  await expect(page.locator('section.legend')).toContainText('Changed since');
  await page.waitForTimeout(300);

  const marked = await exportBoth(page, powermap);
  // The same picture as with nothing selected and nothing outlined.
  expect(differing(marked.png, clean.png), 'pixels that differ from the clean export').toBeLessThan(50);
  expect(near(marked.png, CHANGED.rgb)).toBe(0);
  expect(usesColour(marked.svg, CHANGED), 'changed outline colour in the SVG').toBe(false);
  expect(usesColour(marked.svg, FOCUS), 'focus ring colour in the SVG').toBe(false);
  expect(marked.svg).not.toContain('Changed since');

  // The rep asks for the changes: the outline is drawn, and the legend names it.
  const include = page.getByRole('dialog').getByRole('checkbox', { name: /^Include changes since / });
  await include.check();
  const withChanges = await exportBoth(page, powermap, false);
  expect(near(withChanges.png, CHANGED.rgb)).toBeGreaterThan(200);
  expect(usesColour(withChanges.svg, CHANGED)).toBe(true);
  expect(withChanges.svg).toContain('Changed since');
  expect(usesColour(withChanges.svg, FOCUS), 'still no focus ring').toBe(false);
  // The screen keeps its marks afterwards.
  expect(await page.evaluate(() => window.__powermapGraph?.selectedIds().length ?? 0)).toBe(1);
  expect(powermap.pageErrors).toEqual([]);
});
