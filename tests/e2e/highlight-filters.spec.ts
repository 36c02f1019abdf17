// Toolbar filters: "support base only" hides everyone else; "key people only" by top N or by score.
import { computeInfluence } from '../../shared/domain/influence';
import { isInSupportBase, type AccountMap, type AccountSummary } from '../../shared/domain/model';
import { rankPeople } from '../../shared/domain/ranking';
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { shownIds } from './pages/HighlightHook';

const SHOTS = '/tmp/shots/h8';

test('support base only and key people only show exactly the right people', async ({ page, powermap }) => {
  const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
  const map = await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id, layout: 'saved' });
  const ranked = rankPeople(map.people, computeInfluence(map.people, map.relationships));
  const all = map.people.map((p) => p.id).sort();
  const supportBase = map.people.filter((p) => isInSupportBase(p.stance)).map((p) => p.id).sort();
  expect(supportBase.length).toBeGreaterThan(3);
  expect(supportBase.length).toBeLessThan(all.length);

  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.waitForNodes(all.length);
  await expect.poll(() => shownIds(page)).toEqual(all);

  await page.getByLabel('Support base only').check();
  await expect.poll(() => shownIds(page)).toEqual(supportBase);
  await expect(page.getByRole('status').filter({ hasText: `Showing ${supportBase.length} of ${all.length} people` })).toBeVisible();
  expect(await app.nodeCount()).toBe(all.length); // hidden, not deleted
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${SHOTS}/support-base-only.png` });
  await page.getByLabel('Support base only').uncheck();
  await expect.poll(() => shownIds(page)).toEqual(all);

  // Key people: top 5, then top 8 (typing a new number), then by score.
  await page.getByLabel('Key people only').check();
  await page.getByLabel('Number of key people').fill('5');
  await expect.poll(() => shownIds(page)).toEqual(ranked.slice(0, 5).map((r) => r.person.id).sort());
  // Clearing and retyping works like any number field: "5" → "" → "8".
  await page.getByLabel('Number of key people').press('Backspace');
  await page.getByLabel('Number of key people').pressSequentially('8');
  await expect(page.getByLabel('Number of key people')).toHaveValue('8');
  await expect.poll(() => shownIds(page)).toEqual(ranked.slice(0, 8).map((r) => r.person.id).sort());
  await page.getByLabel('Key people by').selectOption({ label: 'Score ≥' });
  await page.getByLabel('Minimum score').fill('60');
  const atLeast60 = ranked.filter((r) => r.influence.score >= 60).map((r) => r.person.id).sort();
  expect(atLeast60.length).toBeGreaterThan(0);
  // The count the toolbar states and the people drawn, polled together: a failure shows which one is off.
  const seen = async () => ({ status: (await page.locator('.filter-status span').allTextContents()).join(' | '), shown: await shownIds(page) });
  await expect.poll(seen).toEqual({ status: `Showing ${atLeast60.length} of ${all.length} people`, shown: atLeast60 });

  // Both filters: allies and supporters among the key people.
  await page.getByLabel('Support base only').check();
  const both = ranked.filter((r) => r.influence.score >= 60 && isInSupportBase(r.person.stance)).map((r) => r.person.id).sort();
  await expect.poll(seen).toEqual({ status: `Showing ${both.length} of ${all.length} people`, shown: both });

  await page.getByRole('button', { name: 'Show everyone' }).click();
  await expect.poll(() => shownIds(page)).toEqual(all);
  await expect(page.getByLabel('Support base only')).not.toBeChecked();
  expect(powermap.pageErrors).toEqual([]);
});
