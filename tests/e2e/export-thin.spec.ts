// A map far wider than tall (a big org chart is a tidy tree one row of people wide) comes out of an
// image export as a line: it is refused at once, from positions, with its shape and a way out, and
// nothing is saved. The visit brief is still ready, with that reason where the map would be — from the
// live map's refusal, and from its own map's when a filter sends it there.
import { test, expect } from './harness/fixture';
import { syntheticAccountJson } from '../bench/syntheticAccountJson';
import { openExportDialog } from './export/exportHelpers';
import type { Page } from '@playwright/test';
import type { Powermap } from './harness/fixture';

const WIDE = /^This map is about [\d,]+ times wider than it is tall, so at this size it would come out as a thin line\. Show fewer people first \(Key people only\), or arrange the map in another layout, then export again\.$/;

async function openThinMap(page: Page, powermap: Powermap): Promise<string> {
  // 40 people in one row 20,000 apart: 780,000 wide, a few hundred tall.
  const doc = syntheticAccountJson(40, (big) => big.people.map((p, i) => ({ personId: p.id, layout: 'saved', x: i * 20_000, y: 0 })));
  const imported = await powermap.call<{ account: { id: string; name: string } }>('importAccountJson', { json: JSON.stringify(doc) });
  await powermap.open();
  await page.getByRole('list', { name: 'Account list' }).getByRole('button', { name: new RegExp(imported.account.name) }).first().click();
  await expect.poll(() => page.evaluate(() => window.__powermapGraph?.nodeCount() ?? 0)).toBe(40);
  return imported.account.id;
}

test('a map 6,000 times wider than tall: every image size is refused at once, in words; nothing saved', async ({ page, powermap }) => {
  await openThinMap(page, powermap);
  await openExportDialog(page);
  const dialog = page.getByRole('dialog');
  for (const px of [1600, 2400, 4096]) {
    await dialog.getByRole('radio', { name: new RegExp(`${px} px`) }).check();
    const started = Date.now();
    await dialog.getByRole('button', { name: 'Save PNG…' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(WIDE, { timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    await dialog.getByRole('button', { name: 'Copy image' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(WIDE);
  }
  expect(powermap.platform.saved).toEqual([]);
});

test('the brief of a map too thin to draw is ready, says why in place of the map, and keeps who matters', async ({ page, powermap }) => {
  await openThinMap(page, powermap);
  await openExportDialog(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Open visit brief…' }).click();
  const brief = page.locator('.brief[data-ready="true"]');
  await expect(brief).toBeVisible({ timeout: 20_000 });
  await expect(brief.locator('.brief-map .brief-map-note')).toHaveText(WIDE);
  await expect(brief.locator('.brief-map img')).toHaveCount(0);
  await expect(brief.locator('.brief-top td.name strong').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save PDF…' })).toBeEnabled();
});

test('filtered, the brief draws its own map: too thin there too, it says so and is ready', async ({ page, powermap }) => {
  await openThinMap(page, powermap);
  await page.getByLabel('Support base only').check();
  await expect(page.locator('.filter-status')).toBeVisible();
  await openExportDialog(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Open visit brief…' }).click();
  const brief = page.locator('.brief[data-ready="true"]');
  await expect(brief).toBeVisible({ timeout: 20_000 });
  await expect(brief.locator('.brief-map .brief-map-note')).toHaveText(WIDE);
});
