// A big map labels people only once the rep looks near them (renderer/graph/perf/lazyLabels.ts):
// none at the opening fit (too small to read anyway), the person found and their neighbours on
// screen once the view zooms in, still labelled after zooming out again, and everyone in an export.
import type { Page } from '@playwright/test';
import { seedBigAccount } from './harness/seedBig';
import { test, expect } from './harness/fixture';
import { AppPage, literal } from './pages/AppPage';

test.use({ seedSample: false });

const drawn = (page: Page, id: string) => page.evaluate((i) => window.__powermapGraph!.drawnLabel(i), id);

test('2,000 people: labels come with the view, stay, and an export shows them all', async ({ page, powermap }) => {
  test.setTimeout(120_000);
  // A 50-wide grid, 120 units apart: person i at ((i % 50)·120, ⌊i / 50⌋·120).
  const big = await seedBigAccount(powermap, 2000, { gridPositions: true });
  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.accountButton(literal(big.account.name)).click();
  await app.waitForNodes(2000);
  expect(await page.evaluate(() => window.__powermapGraph!.zoom())).toBeLessThan(0.35);
  const target = big.people[1025]!; // row 20, column 25: the middle of the grid
  const neighbour = big.people[1026]!; // the next one in its row, 120 units to the right
  const far = big.people[1999]!; // the bottom-right corner, thousands of units away
  expect(await drawn(page, target.id)).toBe('');
  expect(await drawn(page, far.id)).toBe('');

  await page.getByRole('combobox', { name: 'Find a person' }).fill(target.name);
  await page.getByRole('combobox', { name: 'Find a person' }).press('Enter');
  await expect.poll(() => page.evaluate(() => window.__powermapGraph!.zoom())).toBeGreaterThanOrEqual(0.9);
  const label = await page.evaluate((i) => window.__powermapGraph!.nodeLabel(i), target.id);
  expect(label).toContain(target.name);
  await expect.poll(() => drawn(page, target.id)).toBe(label);
  expect(await drawn(page, neighbour.id)).not.toBe('');
  expect(await drawn(page, far.id), 'someone far off the screen is not labelled yet').toBe('');

  await page.getByRole('button', { name: 'Fit map to window' }).click();
  await expect.poll(() => page.evaluate(() => window.__powermapGraph!.zoom())).toBeLessThan(0.35);
  expect(await drawn(page, target.id), 'zooming out keeps the labels given').not.toBe('');

  // An export draws everyone's label: after it, nobody is left unlabelled.
  await page.getByRole('button', { name: /^Export$/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Export map' });
  const saved = powermap.platform.saved.length;
  await dialog.getByRole('button', { name: 'Save PNG…' }).click();
  await expect.poll(() => powermap.platform.saved.length, { timeout: 60_000 }).toBeGreaterThan(saved);
  expect(await drawn(page, far.id)).not.toBe('');
  expect(powermap.pageErrors).toEqual([]);
});
