// The top decision-maker carries the badge and the unmet warning (on the map and in words) until marked met.
import { computeInfluence } from '../../shared/domain/influence';
import type { AccountMap, AccountSummary, Person } from '../../shared/domain/model';
import { rankPeople } from '../../shared/domain/ranking';
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { badgeHasCrown, badgeHasWarning, marks } from './pages/HighlightHook';

test('the top decision-maker is marked and warned about until met', async ({ page, powermap }) => {
  const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
  const map = await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id, layout: 'saved' });
  const top = map.people.find((p) => p.isTopDecisionMaker)!;
  expect(top.met).toBe(false);
  const ranked = rankPeople(map.people, computeInfluence(map.people, map.relationships));

  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.waitForNodes(map.people.length);

  // Badge (crown), thick-bordered diamond, warning mark; nobody else has a crown.
  await expect.poll(async () => (await marks(page, top.id))?.classes ?? []).toContain('tdm');
  const m = (await marks(page, top.id))!;
  expect(badgeHasCrown(m.badge)).toBe(true);
  expect(badgeHasWarning(m.badge)).toBe(true);
  for (const p of map.people.filter((x) => !x.isTopDecisionMaker)) {
    expect(badgeHasCrown((await marks(page, p.id))!.badge), p.name).toBe(false);
  }
  // Drawn by score: the top decision-maker is bigger than the lowest-ranked person.
  const lowest = ranked[ranked.length - 1]!.person;
  expect(m.width).toBeGreaterThan((await marks(page, lowest.id))!.width);

  const banner = page.locator('.coaching-banner');
  await expect(banner).toHaveText(new RegExp(`You have not met ${top.name}, the top decision-maker`));

  // Mark them met in the person panel.
  await banner.getByRole('button', { name: `Show ${top.name}` }).click();
  const panel = page.locator('aside.right-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(top.name);
  await panel.getByLabel('We have met', { exact: true }).check();
  await panel.getByRole('button', { name: 'Save changes' }).click();

  await expect(banner).toHaveCount(0);
  await expect.poll(async () => badgeHasWarning((await marks(page, top.id))!.badge)).toBe(false);
  expect(badgeHasCrown((await marks(page, top.id))!.badge)).toBe(true);
  const saved = await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id, layout: 'saved' });
  expect(saved.people.find((p: Person) => p.id === top.id)!.met).toBe(true);

  // The ranking agrees: met, no urgent "Not met".
  await page.getByRole('tab', { name: 'Ranking' }).click();
  const row = page.locator(`tr[data-person-id="${top.id}"]`);
  await expect(row.locator('td.col-contact')).toHaveText(/^✓\s*Met/);
  await expect(row.locator('.met.urgent')).toHaveCount(0);
  expect(powermap.pageErrors).toEqual([]);
});
