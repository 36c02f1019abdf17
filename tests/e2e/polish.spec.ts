// The main screen's layout polish: a two-row toolbar, zoom on the map, app controls in the accounts
// pane, readable labels at fit, a quiet org chart, the people list by influence, a flat trend in words.
import { computeInfluence } from '../../shared/domain/influence';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';
import { rankPeople } from '../../shared/domain/ranking';
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';
import type { GraphHook } from './pages/AppPage';
import { AppPage } from './pages/AppPage';
import { shot } from './harness/shots';

type Box = { x: number; y: number; width: number; height: number };
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;

type G = { __powermapGraph: GraphHook };
/** A label's on-screen font size in px; with no id, the first person's. */
const labelPx = (page: Page, id?: string) =>
  page.evaluate((i) => { const h = (window as unknown as G).__powermapGraph; return h.labelScreenPx(i ?? h.nodeIds()[0]!); }, id);
const edgeOpacity = (page: Page, id: string) => page.evaluate((i) => (window as unknown as G).__powermapGraph.edgeOpacity(i), id);

async function sampleMap(powermap: { call<T>(m: string, i: unknown): Promise<T> }): Promise<AccountMap> {
  const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
  return powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id });
}

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(`main screen polish (${lang})`, () => {
    test.use({ systemLocale: locale });

    test('two-row toolbar at 1440 px; zoom on the map; language and backups in the accounts pane; flat trend in words', async ({ page, powermap }) => {
      const map = await sampleMap(powermap);
      await powermap.open();
      const app = new AppPage(page, lang);
      await app.waitForNodes(map.people.length);

      // Two rows: every control of a row shares that row's line.
      const rows = page.locator('.toolbar-row');
      await expect(rows).toHaveCount(2);
      for (let r = 0; r < 2; r++) {
        const tops = await rows.nth(r).locator(':scope > *').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetWidth > 4).map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)));
        expect(Math.max(...tops) - Math.min(...tops), `row ${r + 1} on one line`).toBeLessThan(12);
      }
      expect((await app.toolbar.boundingBox())!.height).toBeLessThan(100);

      const mapArea = (await page.locator('.map-area').boundingBox())!;
      for (const name of [app.words.zoomIn, app.words.zoomOut, app.words.fit]) {
        const button = page.getByRole('button', { name, exact: true });
        await expect(button).toBeVisible();
        expect(inside((await button.boundingBox())!, mapArea), name).toBe(true);
      }
      const pane = page.getByRole('complementary', { name: lang === 'en' ? 'Accounts' : '大客户' });
      await expect(pane.getByLabel(app.words.language)).toBeVisible();
      await expect(pane.getByRole('button', { name: lang === 'en' ? 'Backups' : '备份', exact: true })).toBeVisible();
      await expect(app.toolbar.getByLabel(app.words.language)).toHaveCount(0);

      // Zoom in from the map's corner really zooms.
      const before = await labelPx(page);
      await page.getByRole('button', { name: app.words.zoomIn, exact: true }).click();
      await expect.poll(() => labelPx(page)).toBeGreaterThan(before! * 1.2);
      await page.getByRole('button', { name: app.words.fit, exact: true }).click();

      // The sample's support base did not change in the last 30 days: said in words, not "▬ 0".
      const trend = app.accountList.getByTestId('account-trend');
      await expect(trend).toHaveAttribute('aria-label', lang === 'en' ? 'Support base trend: no change in 30 days' : '支持面趋势：30 天内没有变化');
      await expect(trend).toContainText(lang === 'en' ? '±0 in 30 days' : '30天持平');
      await expect(trend).not.toContainText('▬');
      await page.waitForTimeout(200);
      await shot(page, `main-${lang}`);

      await page.getByRole('button', { name: lang === 'en' ? 'Collapse accounts' : '收起客户列表' }).click();
      await page.getByRole('button', { name: lang === 'en' ? 'Expand accounts' : '展开客户列表' }).waitFor();
      await page.waitForTimeout(200);
      await shot(page, `collapsed-${lang}`);
      await page.getByRole('tab', { name: lang === 'en' ? 'Ranking' : '影响力排名' }).click();
      await page.getByRole('button', { name: app.words.fit, exact: true }).click();
      await page.waitForTimeout(300);
      await shot(page, `ranking-${lang}`);
      await page.setViewportSize({ width: 1680, height: 1000 });
      await page.getByRole('button', { name: app.words.fit, exact: true }).click();
      await page.waitForTimeout(300);
      await shot(page, `ranking-${lang}-large`);
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}

test('every name on the sample map is readable at fit (1440×900): ≥ 9 px on screen', async ({ page, powermap }) => {
  const map = await sampleMap(powermap);
  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.waitForNodes(map.people.length);
  await page.waitForTimeout(300);
  for (const p of map.people) {
    const px = await labelPx(page, p.id);
    expect(px, p.name).toBeGreaterThanOrEqual(9);
  }
});

test('at 1280 px every toolbar control is shown or in More, and app controls stay reachable with the pane collapsed', async ({ page, powermap }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const map = await sampleMap(powermap);
  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.waitForNodes(map.people.length);
  await expect(app.toolbar.getByRole('button', { name: app.words.addPerson })).toBeVisible();
  await expect(app.toolbar.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
  // The 728 px toolbar folds Import and Account details… into More (tests/e2e/toolbar-fit.spec.ts).
  await app.toolbar.getByRole('button', { name: 'More tools' }).click();
  for (const name of ['Import', 'Account details…']) await expect(page.getByRole('menu', { name: 'More tools' }).getByRole('menuitem', { name, exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.toolbar.getByRole('radiogroup', { name: 'Layout' })).toBeVisible();
  await expect(page.getByLabel('View the map as of')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fit map to window' })).toBeVisible();
  await shot(page, 'main-1280-en');
  await page.getByRole('button', { name: 'Collapse accounts' }).click();
  await expect(page.getByRole('button', { name: 'Backups', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Expand accounts' }).click();
  await expect(page.getByRole('button', { name: 'Backups', exact: true })).toBeVisible();
  await expect(page.getByLabel('Language')).toBeVisible();
});

test('the people list follows the influence ranking, each with its score', async ({ page, powermap }) => {
  const map = await sampleMap(powermap);
  const ranked = rankPeople(map.people, computeInfluence(map.people, map.relationships));
  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.waitForNodes(map.people.length);
  const items = app.peopleList.getByRole('listitem');
  await expect(items).toHaveCount(ranked.length);
  expect(await items.locator('.person-name').allTextContents()).toEqual(ranked.map((r) => r.person.name));
  expect(await items.locator('.person-score').allTextContents()).toEqual(ranked.map((r) => String(r.influence.score)));
  // Not simply creation order (the sample's creation order differs from its ranking).
  expect(ranked.map((r) => r.person.id)).not.toEqual(map.people.map((p) => p.id));
});

test('org chart: lines other than reports-to step back, except the selected person’s; other layouts unchanged', async ({ page, powermap }) => {
  const map = await sampleMap(powermap);
  await powermap.open();
  const app = new AppPage(page, 'en');
  await app.waitForNodes(map.people.length);
  const opacity = (id: string) => edgeOpacity(page, id);
  const other = map.relationships.find((r) => r.type !== 'reports-to')!;
  const reports = map.relationships.find((r) => r.type === 'reports-to')!;
  expect(await opacity(other.id)).toBeGreaterThan(0.8);

  await page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name: 'Org chart' }).click();
  await expect.poll(() => opacity(other.id)).toBeLessThan(0.3);
  expect(await opacity(reports.id)).toBeGreaterThan(0.8);
  await page.waitForTimeout(300);
  await shot(page, 'org-chart-en');

  // Selecting one end of that line brings it back to full strength.
  const end = map.people.find((p) => p.id === other.fromId)!;
  await app.peopleList.getByRole('button', { name: new RegExp(`^${end.name}`) }).click();
  await expect.poll(() => opacity(other.id)).toBeGreaterThan(0.8);
  await page.waitForTimeout(200);
  await shot(page, 'org-chart-selected-en');
  await page.getByRole('button', { name: /Back to people/ }).click();
  await expect.poll(() => opacity(other.id)).toBeLessThan(0.3);

  await page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name: 'Network' }).click();
  await expect.poll(() => opacity(other.id)).toBeGreaterThan(0.8);
  expect(powermap.pageErrors).toEqual([]);
});
