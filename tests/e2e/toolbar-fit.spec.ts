// The map toolbar at laptop sizes, in both languages: every control lies inside its row and the
// window, none overlaps another, every action is reachable (on the toolbar or in its More menu),
// and the map keeps at least half the window.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { shot } from './harness/shots';

const WORDS = {
  en: { more: 'More tools', actions: ['+ Add person', 'Export', 'Import', 'Account details…'] },
  'zh-CN': { more: '更多工具', actions: ['+ 添加人物', '导出', '导入', '客户详情…'] },
} as const;

interface Box { l: number; r: number; t: number; b: number; name: string; field?: number }

/** The toolbar's visible controls with their boxes and the box of the row that holds each. */
async function controls(toolbar: Locator): Promise<Array<Box & { row: Box }>> {
  return toolbar.locator('button, input, select, [role="radio"]').evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null && !e.closest('[role="menu"], [role="dialog"], [role="listbox"]'))
      .map((e) => {
        const box = (el: Element, name: string) => { const r = el.getBoundingClientRect(); return { l: r.left, r: r.right, t: r.top, b: r.bottom, name }; };
        const name = e.getAttribute('aria-label') ?? e.textContent?.trim() ?? e.tagName;
        // A date field is one control: its calendar button sits inside the text box's right edge.
        const field = e.closest('.date-field');
        const fieldIndex = field ? Array.from(document.querySelectorAll('.date-field')).indexOf(field) : -1;
        return { ...box(e, name), row: box(e.closest('.toolbar-row')!, 'row'), ...(fieldIndex >= 0 ? { field: fieldIndex } : {}) };
      })
      .filter((c) => c.r - c.l > 0),
  );
}

async function reachable(page: Page, toolbar: Locator, name: string, more: string): Promise<boolean> {
  if (await toolbar.getByRole('button', { name, exact: true }).isVisible()) return true;
  const button = toolbar.getByRole('button', { name: more });
  if (!(await button.isVisible())) return false;
  await button.click();
  const item = page.getByRole('menu', { name: more }).getByRole('menuitem', { name, exact: true });
  const seen = await item.isVisible();
  await page.keyboard.press('Escape');
  return seen;
}

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  for (const [width, height] of [[1024, 700], [1366, 768]] as const) {
    test.describe(lang, () => {
      test.use({ systemLocale: locale });
      test(`toolbar at ${width}×${height} (${lang}): nothing clipped or overlapping, every action reachable`, async ({ page, powermap }) => {
        await page.setViewportSize({ width, height });
        await powermap.open();
        const app = new AppPage(page, lang);
        await app.waitForNodes(25);
        await expect(app.toolbar.getByRole('button', { name: /^\+/ })).toBeVisible();
        await page.waitForTimeout(200);
        const list = await controls(app.toolbar);
        expect(list.length).toBeGreaterThan(8);
        for (const c of list) {
          const where = `${c.name} ${JSON.stringify(c)}`;
          expect(c.l >= Math.max(0, c.row.l) - 0.5 && c.r <= Math.min(width, c.row.r) + 0.5, `inside its row and the window: ${where}`).toBe(true);
          expect(c.t >= Math.max(0, c.row.t) - 0.5 && c.b <= Math.min(height, c.row.b) + 0.5, `inside its row vertically: ${where}`).toBe(true);
        }
        for (const [i, a] of list.entries()) {
          for (const b of list.slice(i + 1)) {
            if (a.field !== undefined && a.field === b.field) continue;
            const overlap = Math.min(a.r, b.r) - Math.max(a.l, b.l) > 1 && Math.min(a.b, b.b) - Math.max(a.t, b.t) > 1;
            expect(overlap, `${a.name} overlaps ${b.name}`).toBe(false);
          }
        }
        const rows = await app.toolbar.locator('.toolbar-row').evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth));
        for (const spill of rows) expect(spill, 'a toolbar row spills sideways').toBeLessThanOrEqual(0);
        for (const name of WORDS[lang].actions) expect(await reachable(page, app.toolbar, name, WORDS[lang].more), `${name} reachable`).toBe(true);
        const map = (await page.locator('.map-area').boundingBox())!;
        if (width === 1024) expect((map.width * map.height) / (width * height), 'map share of the window').toBeGreaterThanOrEqual(0.5);
        await shot(page, `toolbar-${width}-${lang}`);
      });
    });

    test.describe(`${lang} beside the wide ranking`, () => {
      test.use({ systemLocale: locale });
      test(`toolbar at ${width}×${height} with the ranking open (${lang}): every control stays in the centre column`, async ({ page, powermap }) => {
        await page.setViewportSize({ width, height });
        await powermap.open();
        const app = new AppPage(page, lang);
        await app.waitForNodes(25);
        await page.getByRole('tab', { name: lang === 'en' ? 'Ranking' : '影响力排名' }).click();
        await expect(page.locator('.app.ranking-wide')).toBeVisible();
        await page.waitForTimeout(300);
        const centre = (await page.locator('main.centre').boundingBox())!;
        for (const c of await controls(app.toolbar)) expect(c.r, `${c.name} runs under the ranking panel`).toBeLessThanOrEqual(centre.x + centre.width + 0.5);
        const rows = await app.toolbar.locator('.toolbar-row').evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth));
        for (const spill of rows) expect(spill, 'a toolbar row spills sideways').toBeLessThanOrEqual(0);
        // The map was at its fit: it is fitted again into the narrower centre (nobody under the panel).
        const canvas = (await page.locator('.map-canvas').boundingBox())!;
        await expect
          .poll(async () => {
            const xs = await page.evaluate(() => window.__powermapGraph!.nodeIds().map((id) => window.__powermapGraph!.renderedPosition(id)!.x));
            return xs.filter((x) => x <= 0 || x >= canvas.width).length;
          }, { message: 'people outside the map' })
          .toBe(0);
        await shot(page, `toolbar-ranking-${width}-${lang}`);
        // A view the rep zoomed is theirs: leaving the ranking widens the map without re-fitting it.
        await page.locator('.map-canvas').focus();
        await page.keyboard.press('+');
        await expect.poll(() => page.evaluate(() => window.__powermapGraph!.zoom())).toBeGreaterThan(0);
        const zoomed = await page.evaluate(() => window.__powermapGraph!.zoom());
        await page.getByRole('tab', { name: lang === 'en' ? 'People' : '人物' }).click();
        await expect(page.locator('.app.ranking-wide')).toHaveCount(0);
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => window.__powermapGraph!.zoom())).toBeCloseTo(zoomed, 5);
      });
    });
  }
}

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(lang, () => {
    test.use({ systemLocale: locale });
    for (const [width, height] of [[1024, 700], [1366, 768]] as const) {
      test(`the as-of field shows its whole day at ${width}×${height} (${lang}), the widest day of a year too`, async ({ page, powermap }) => {
        await page.setViewportSize({ width, height });
        await powermap.open();
        await new AppPage(page, lang).waitForNodes(25);
        const field = page.getByLabel(lang === 'en' ? 'View the map as of' : '查看历史日期的地图');
        const fits = () => field.evaluate((el) => (el as HTMLInputElement).scrollWidth <= (el as HTMLInputElement).clientWidth);
        expect(await fits(), 'today').toBe(true);
        // The 28th of last month (inside the sample's history): a two-digit day, with wide digits.
        const today = String(await field.getAttribute('data-value'));
        const [y, m] = today.split('-').map(Number) as [number, number];
        const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
        await field.fill(`${py}-${String(pm).padStart(2, '0')}-28`);
        await field.press('Enter');
        await expect(page.getByTestId('time-travel-banner')).toBeVisible();
        await field.blur(); // the field writes its day in words once it is left
        const shown = lang === 'en' ? `28 ${new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(py, pm - 1, 28)))} ${py}` : `${py}年${pm}月28日`;
        await expect(field).toHaveValue(shown);
        expect(await fits(), shown).toBe(true);
      });
    }
    test(`the More menu at 1024×700 (${lang}): keyboard, Escape back to its button, items open their dialogs`, async ({ page, powermap }) => {
      await page.setViewportSize({ width: 1024, height: 700 });
      await powermap.open();
      const app = new AppPage(page, lang);
      await app.waitForNodes(25);
      const [, importName, detailsName] = WORDS[lang].actions.slice(1);
      const more = app.toolbar.getByRole('button', { name: WORDS[lang].more });
      await expect(more).toHaveAttribute('aria-haspopup', 'menu');
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await more.focus();
      await page.keyboard.press('ArrowDown');
      const menu = page.getByRole('menu', { name: WORDS[lang].more });
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      await expect(menu.getByRole('menuitem', { name: importName })).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(menu.getByRole('menuitem', { name: detailsName })).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(menu.getByRole('menuitem', { name: importName })).toBeFocused();
      await page.keyboard.press('End');
      await expect(menu.getByRole('menuitem', { name: detailsName })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu).toHaveCount(0);
      await expect(more).toBeFocused();
      // Enter opens on the first item; ↑ goes to the last; Enter runs it.
      await page.keyboard.press('Enter');
      await expect(menu.getByRole('menuitem', { name: importName })).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await expect(menu).toHaveCount(0);
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await more.click();
      await menu.getByRole('menuitem', { name: importName }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    });
  });
}
