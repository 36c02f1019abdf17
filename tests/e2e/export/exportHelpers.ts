// Shared by the export specs: open the export dialog, decode saved PNGs, count pixels.
import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import type { Powermap } from '../harness/fixture';

export async function openSampleMap(page: Page, powermap: Powermap, minNodes = 20): Promise<void> {
  await powermap.open();
  await expect.poll(() => page.evaluate(() => window.__powermapGraph?.nodeCount() ?? 0)).toBeGreaterThanOrEqual(minNodes);
  await page.waitForTimeout(300);
}

export async function openExportDialog(page: Page, name: RegExp | string = /^Export$/): Promise<void> {
  await page.getByRole('button', { name }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
}

/** Clicks an action in the export dialog and waits for its outcome line. */
export async function exportAndWait(page: Page, action: string | RegExp, outcome: RegExp = /^Saved: /): Promise<string> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: action }).click();
  const line = dialog.locator('.export-status');
  await expect(line).toHaveText(outcome, { timeout: 30_000 });
  return (await line.textContent()) ?? '';
}

export function lastSaved(powermap: Powermap): { path: string; fileName: string; kind: string } {
  const f = powermap.platform.saved.at(-1);
  if (!f) throw new Error('nothing was saved');
  return f;
}

export function readPng(path: string): PNG {
  return PNG.sync.read(readFileSync(path));
}

export interface PixelStats {
  /** Pixels clearly darker than the background (text, lines). */
  dark: number;
  transparent: number;
  colours: number;
  opaque: number;
}

/** Statistics of a rectangle of the image (whole image by default). */
export function pixelStats(png: PNG, box = { x: 0, y: 0, w: png.width, h: png.height }): PixelStats {
  const colours = new Set<number>();
  let dark = 0;
  let transparent = 0;
  let opaque = 0;
  for (let y = box.y; y < Math.min(png.height, box.y + box.h); y++) {
    for (let x = box.x; x < Math.min(png.width, box.x + box.w); x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b, a] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
      if (a === 0) transparent++;
      if (a === 255) opaque++;
      if (a > 200 && r < 90 && g < 90 && b < 90) dark++;
      colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
    }
  }
  return { dark, transparent, colours: colours.size, opaque };
}
