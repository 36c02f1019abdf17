// Dark mode: follows the OS, can be set light / dark / system and is remembered; the chrome, the map's
// labels and the legend read at WCAG AA in the dark; exports stay light unless the rep asks for dark.
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';
import { contrast, luminance } from './a11y/contrast';
import { exportAndWait, lastSaved, openExportDialog, openSampleMap, readPng } from './export/exportHelpers';

const css = (page: Page, selector: string, prop: string) =>
  page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);

test.describe('dark OS', () => {
  test.use({ colorScheme: 'dark' });

  test('the app follows the OS: dark chrome with AA text, map labels readable on the dark canvas', async ({ page, powermap }) => {
    await openSampleMap(page, powermap);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const panel = await css(page, '.toolbar', 'background-color');
    expect(luminance(panel)).toBeLessThan(0.05);
    expect(contrast(await css(page, '.toolbar h1', 'color'), panel)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(await css(page, '.toolbar .muted', 'color'), panel)).toBeGreaterThanOrEqual(4.5);
    const canvas = await css(page, '.map-area', 'background-color');
    expect(luminance(canvas)).toBeLessThan(0.05);
    const inks = await page.evaluate(() => {
      const g = window.__powermapGraph!;
      return g.nodeIds().map((id) => g.labelInk(id)!);
    });
    expect(inks.length).toBeGreaterThan(20);
    for (const ink of inks) {
      expect(contrast(ink.color, ink.background)).toBeGreaterThanOrEqual(4.5);
      // The label's backing is the canvas colour, so the label also reads where the backing is thin.
      expect(contrast(ink.color, canvas)).toBeGreaterThanOrEqual(4.5);
    }
    // The legend's words on its panel.
    const legend = await css(page, '.legend', 'background-color');
    expect(contrast(await css(page, '.legend li', 'color'), legend)).toBeGreaterThanOrEqual(4.5);
    expect(powermap.pageErrors).toEqual([]);
  });

  test('the rep can choose light in a dark OS; the choice survives a restart; System follows the OS again', async ({ page, powermap }) => {
    await openSampleMap(page, powermap);
    await page.getByLabel('Theme').selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(luminance(await css(page, '.toolbar', 'background-color'))).toBeGreaterThan(0.9);
    await expect.poll(async () => (await powermap.call<{ theme: string | null }>('getAppInfo', {})).theme).toBe('light');
    await powermap.restartService();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByLabel('Theme')).toHaveValue('light');
    await page.getByLabel('Theme').selectOption('system');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(async () => (await powermap.call<{ theme: string | null }>('getAppInfo', {})).theme).toBeNull();
  });

  test('an exported PNG is light by default even on a dark screen, and dark when the rep chooses Dark', async ({ page, powermap }) => {
    await openSampleMap(page, powermap);
    await openExportDialog(page);
    await exportAndWait(page, 'Save PNG…');
    const light = readPng(lastSaved(powermap).path);
    const at = (png: ReturnType<typeof readPng>, x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];
    expect(at(light, 2, 2)).toEqual([255, 255, 255, 255]);
    expect(at(light, light.width >> 1, light.height - 3)).toEqual([255, 255, 255, 255]);

    await page.getByRole('dialog').getByLabel(/^Dark/).check();
    await exportAndWait(page, 'Save PNG…');
    const dark = readPng(lastSaved(powermap).path);
    for (const [x, y] of [[2, 2], [dark.width >> 1, dark.height - 3]] as const) {
      const [r, g, b, a] = at(dark, x, y);
      expect(a).toBe(255);
      expect(Math.max(r!, g!, b!)).toBeLessThan(40);
    }
    // The screen keeps its dark map after the export (the export's palette is put back).
    const ink = await page.evaluate(() => window.__powermapGraph!.labelInk(window.__powermapGraph!.nodeIds()[0]!)!);
    expect(luminance(ink.color)).toBeGreaterThan(0.6);
  });
});

test.describe('light OS', () => {
  test.use({ colorScheme: 'light' });
  test('the app is light, and Dark in the settings turns the map labels light on dark', async ({ page, powermap }) => {
    await openSampleMap(page, powermap);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const ink = await page.evaluate(() => window.__powermapGraph!.labelInk(window.__powermapGraph!.nodeIds()[0]!)!);
    expect(contrast(ink.color, ink.background)).toBeGreaterThanOrEqual(4.5);
    expect(luminance(ink.background)).toBeLessThan(0.05);
  });
});
