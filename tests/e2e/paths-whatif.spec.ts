// Paths to power and what-if on the sample account, in both languages: the top decision-maker's
// panel lists the ways in with names (the same paths getPathsToPerson gives), pointing at one marks
// its people on the map and leaving clears them; "What if … left" shows a labelled scenario without
// that person (map, ranking, support base), one click brings the real map back, and the database is
// exactly as before (every table's row count, the history log included).
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';
import type { PersonPath } from '../../shared/domain/paths';
import { test, expect, type Powermap } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { exportAndWait, lastSaved, openExportDialog, readPng } from './export/exportHelpers';
import { PATH_COLOUR } from '../../renderer/graph/pathHighlight';
import { VIEW_STATE_KEY } from '../../electron/service/viewState';

const SHOTS = '/tmp/shots/i10-paths';
const WORDS = {
  en: { waysIn: (n: string) => `Ways in to ${n}`, none: 'No known way in yet', whatIf: 'What if…', left: (n: string) => `${n} left the company`, banner: (n: string) => `Scenario: what if ${n} left — nothing is saved`, back: 'Back to the real map', ranking: 'Ranking', table: 'Influence ranking', people: 'People', support: 'Support base' },
  'zh-CN': { waysIn: (n: string) => `接近 ${n} 的途径`, none: '还没有已知的途径', whatIf: '假如……', left: (n: string) => `${n} 离职`, banner: (n: string) => `情景：假如 ${n} 离职——不会保存任何内容`, back: '返回真实地图', ranking: '影响力排名', table: '影响力排名', people: '人物', support: '支持面' },
} as const;

type Hooks = Window & { __powermapHighlight: { marks(id: string): { classes: string[] } | null }; __powermapGraph: { nodeIds(): string[] } };
const classesOf = (page: Page, id: string) => page.evaluate((i) => (window as unknown as Hooks).__powermapHighlight.marks(i)?.classes ?? [], id);
const nodeIds = (page: Page) => page.evaluate(() => (window as unknown as Hooks).__powermapGraph.nodeIds());

/**
 * Rows per table: a scenario must leave every one of them (and the history log) as it was. The one
 * settings row allowed to appear is how the rep left the view (pane widths, tab), not account data.
 */
function rowCounts(powermap: Powermap): Record<string, number> {
  const db = powermap.app.store.db;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>).map((t) => t.name);
  const where = (t: string) => (t === 'settings' ? ` WHERE key <> '${VIEW_STATE_KEY}'` : '');
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"${where(t)}`).get() as { n: number }).n]));
}

async function openSample(page: Page, powermap: Powermap, lang: 'en' | 'zh-CN'): Promise<{ app: AppPage; map: AccountMap }> {
  const [account] = await powermap.call<AccountSummary[]>('listAccounts', {});
  const map = await powermap.call<AccountMap>('getAccountMap', { accountId: account!.id, layout: 'saved' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await powermap.open();
  const app = new AppPage(page, lang);
  await app.openAccount(account!.name);
  await app.waitForNodes(map.people.length);
  return { app, map };
}

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(`paths and what-if (${lang})`, () => {
    test.use({ systemLocale: locale });

    test('the top decision-maker’s ways in, highlighted on hover; what-if left shows a scenario, back restores, nothing written', async ({ page, powermap }) => {
      mkdirSync(SHOTS, { recursive: true });
      const w = WORDS[lang];
      const { app, map } = await openSample(page, powermap, lang);
      const top = map.people.find((p) => p.isTopDecisionMaker)!;
      const paths = await powermap.call<PersonPath[]>('getPathsToPerson', { accountId: map.account.id, personId: top.id });

      await app.peopleList.getByRole('button', { name: new RegExp(top.name) }).click();
      const panel = page.locator('aside.right-panel');
      const waysIn = panel.getByRole('region', { name: w.waysIn(top.name) });
      await expect(waysIn).toBeVisible();
      if (paths.length === 0) {
        await expect(waysIn).toContainText(w.none);
        test.info().annotations.push({ type: 'note', description: 'sample has no way in to the top decision-maker' });
        return;
      }
      const buttons = waysIn.getByRole('button');
      await expect(buttons).toHaveCount(paths.length);
      for (const [i, path] of paths.entries()) await expect(buttons.nth(i)).toContainText(path.people.map((p) => p.name).join(' → '));

      // Pointing at the first path marks its people and lines; the rest steps back; leaving clears it.
      const first = paths[0]!;
      const offPath = map.people.find((p) => !first.people.some((x) => x.personId === p.id))!;
      await buttons.first().hover();
      for (const p of first.people) await expect.poll(() => classesOf(page, p.personId)).toContain('path-hl');
      for (const l of first.links) await expect.poll(() => classesOf(page, l.relationshipId)).toContain('path-hl');
      await expect.poll(() => classesOf(page, offPath.id)).toContain('path-faded');
      await page.screenshot({ path: `${SHOTS}/ways-in-${lang}.png` });
      await panel.getByRole('heading', { level: 2 }).hover();
      for (const p of first.people) await expect.poll(() => classesOf(page, p.personId)).not.toContain('path-hl');
      await expect.poll(() => classesOf(page, offPath.id)).not.toContain('path-faded');

      // What if the first introducer left?
      const leaver = map.people.find((p) => p.id === first.people[0]!.personId)!;
      const supportFrom = map.people.filter((p) => p.stance === 'ally' || p.stance === 'supporter').length;
      const supportTo = supportFrom - (leaver.stance === 'ally' || leaver.stance === 'supporter' ? 1 : 0);
      const before = rowCounts(powermap);
      const mapBefore = await powermap.call<AccountMap>('getAccountMap', { accountId: map.account.id, layout: 'saved' });
      await panel.getByRole('button', { name: '←' }).or(panel.locator('button.back')).first().click();
      await app.peopleList.getByRole('button', { name: new RegExp(leaver.name) }).click();
      await panel.getByText(w.whatIf, { exact: true }).click();
      await panel.getByRole('menuitem', { name: w.left(leaver.name) }).click();
      const banner = page.getByTestId('scenario-banner');
      await expect(banner).toContainText(w.banner(leaver.name));
      await expect(banner).toContainText(`${w.support} ${supportFrom} → ${supportTo}`);
      await expect(page.locator('.app')).toHaveClass(/\bscenario\b/);
      await app.waitForNodes(map.people.length - 1);
      expect(await nodeIds(page)).not.toContain(leaver.id);
      // Editing is off, like the past: no "Add person", no Import, dragging saves nothing (checked below);
      // a scenario is not the account, so it is not offered for export either.
      await expect(page.getByRole('button', { name: app.words.addPerson })).toHaveCount(0);
      await expect(page.getByRole('button', { name: lang === 'en' ? 'Import' : '导入', exact: true })).toHaveCount(0);
      await expect(page.getByRole('button', { name: lang === 'en' ? 'Export' : '导出', exact: true })).toHaveCount(0);
      await app.dragNode(top.id, 60, 30);
      // The people list and the ranking are the scenario's.
      await expect(app.peopleList.getByRole('button', { name: new RegExp(leaver.name) })).toHaveCount(0);
      await page.getByRole('tab', { name: w.ranking }).click();
      const table = page.getByRole('table', { name: w.table });
      await expect(table).toBeVisible();
      await expect(table.locator('tbody tr.rank-row')).toHaveCount(map.people.length - 1);
      await expect(table.locator(`tr[data-person-id="${leaver.id}"]`)).toHaveCount(0);
      await page.screenshot({ path: `${SHOTS}/scenario-${lang}.png` });

      await banner.getByRole('button', { name: w.back }).click();
      await expect(banner).toHaveCount(0);
      await app.waitForNodes(map.people.length);
      expect(await nodeIds(page)).toContain(leaver.id);
      await expect(table.locator('tbody tr.rank-row')).toHaveCount(map.people.length);
      await expect(page.getByRole('button', { name: app.words.addPerson })).toBeVisible();
      await expect(page.getByRole('button', { name: lang === 'en' ? 'Export' : '导出', exact: true })).toBeVisible();
      expect(rowCounts(powermap)).toEqual(before);
      expect(await powermap.call<AccountMap>('getAccountMap', { accountId: map.account.id, layout: 'saved' })).toEqual(mapBefore);
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}

function countNear(png: ReturnType<typeof readPng>, hex: string): number {
  const t = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i + 3]! > 200 && Math.abs(png.data[i]! - t[0]!) <= 6 && Math.abs(png.data[i + 1]! - t[1]!) <= 6 && Math.abs(png.data[i + 2]! - t[2]!) <= 6) n++;
  }
  return n;
}

test('a path kept on the map never reaches an exported PNG or SVG, and stays on screen after', async ({ page, powermap }) => {
  const { app, map } = await openSample(page, powermap, 'en');
  const top = map.people.find((p) => p.isTopDecisionMaker)!;
  await app.peopleList.getByRole('button', { name: new RegExp(top.name) }).click();
  const waysIn = page.getByRole('region', { name: WORDS.en.waysIn(top.name) });
  const first = waysIn.getByRole('button').first();
  await first.click(); // kept after a click
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  const onPath = (await first.getAttribute('data-path-people'))!.split(' ');
  await expect.poll(() => classesOf(page, onPath[0]!)).toContain('path-hl');

  await openExportDialog(page);
  await exportAndWait(page, 'Save PNG…');
  const png = readPng(lastSaved(powermap).path);
  // The path's amber is nowhere in the picture (nothing else on the map uses it).
  expect(countNear(png, PATH_COLOUR)).toBe(0);
  await exportAndWait(page, 'Save SVG…');
  const svg = readFileSync(lastSaved(powermap).path, 'utf8').toLowerCase();
  expect(svg).not.toContain(PATH_COLOUR);
  expect(svg.replace(/\s/g, '')).not.toContain('rgb(230,81,0)');
  await page.keyboard.press('Escape');
  // The screen keeps the rep's pinned path.
  await expect.poll(() => classesOf(page, onPath[0]!)).toContain('path-hl');
});
