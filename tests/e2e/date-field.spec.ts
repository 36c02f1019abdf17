// Date fields speak the app's language, not the browser's (Chromium's own date input follows the
// browser locale): a Chinese app in an English browser shows 2026年…, and the other way round; the
// field and its calendar work from the keyboard alone.
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { VisitsPage } from './pages/VisitsPage';
import type { AccountSummary } from '../../shared/domain/model';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const shift = (iso: string, n: number) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(y, m - 1, d + n);
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
};

for (const c of [
  { app: 'zh-CN', browser: 'en-US', lang: 'zh-CN', shows: /^\d{4}年\d{1,2}月\d{1,2}日$/, caption: /\d{4}年\d{1,2}月/ },
  { app: 'en-GB', browser: 'zh-CN', lang: 'en', shows: /^\d{1,2} [A-Z][a-z]{2} \d{4}$/, caption: /^[A-Z][a-z]+ \d{4}$/ },
] as const) {
  test.describe(`app ${c.app}, browser ${c.browser}`, () => {
    test.use({ systemLocale: c.app, locale: c.browser });

    test('the visit date field shows the app language and works from the keyboard', async ({ page, powermap }) => {
      const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
      await powermap.open();
      const app = new AppPage(page, c.lang);
      await app.waitForNodes(sample!.peopleCount);
      expect(await page.evaluate(() => navigator.language)).toBe(c.browser);
      const v = new VisitsPage(page, app, c.lang);
      await v.openTab();
      await page.getByRole('button', { name: v.w.log, exact: true }).click();
      const date = v.field(v.w.date);
      await expect(date).toBeFocused();
      await expect(date).toHaveValue(c.shows);
      await expect(date).toHaveAttribute('data-value', today());

      // ↑ / ↓ step a day; the text follows in the app's language.
      await page.keyboard.press('ArrowDown');
      await expect(date).toHaveAttribute('data-value', shift(today(), -1));
      await expect(date).toHaveValue(c.shows);
      // Typed in either form.
      await date.fill('2026-03-05');
      await expect(date).toHaveAttribute('data-value', '2026-03-05');
      await date.press('Tab');
      await expect(date).toHaveValue(c.lang === 'en' ? '5 Mar 2026' : '2026年3月5日');

      // Alt+↓ opens the calendar in the app's language; arrows move, Enter picks, focus returns.
      await date.focus();
      await page.keyboard.press('Alt+ArrowDown');
      const calendar = v.dialog.locator('.date-field-popover');
      await expect(calendar).toBeVisible();
      await expect(calendar.locator('.rdp-caption_label')).toHaveText(c.caption);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(calendar).toHaveCount(0);
      await expect(date).toHaveAttribute('data-value', '2026-03-13');
      await expect(date).toBeFocused();
      // Escape closes the calendar only, not the visit form.
      await page.keyboard.press('Alt+ArrowDown');
      await expect(calendar).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(calendar).toHaveCount(0);
      await expect(page.getByRole('heading', { name: v.w.logTitle })).toBeVisible();
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}

// Every other date field — What changed's From / To, the snapshot's Day, the toolbar's time-travel
// day — is the same field: the app's language with the browser set to the other one, and its calendar too.
const TABS = { en: { changes: 'What changed', timeline: 'Support over time' }, 'zh-CN': { changes: '变化对比', timeline: '支持面趋势' } } as const;

for (const c of [
  { app: 'zh-CN', browser: 'en-US', lang: 'zh-CN', shows: /^\d{4}年\d{1,2}月\d{1,2}日$/, caption: /\d{4}年\d{1,2}月/ },
  { app: 'en-GB', browser: 'zh-CN', lang: 'en', shows: /^\d{1,2} [A-Z][a-z]{2} \d{4}$/, caption: /^[A-Z][a-z]+ \d{4}$/ },
] as const) {
  test.describe(`every date field: app ${c.app}, browser ${c.browser}`, () => {
    test.use({ systemLocale: c.app, locale: c.browser });

    test('What changed, snapshots and time travel show days in the app language', async ({ page, powermap }) => {
      const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
      await powermap.open();
      const app = new AppPage(page, c.lang);
      await app.waitForNodes(sample!.peopleCount);
      expect(await page.evaluate(() => navigator.language)).toBe(c.browser);
      const shows = async (id: string) => {
        const field = page.locator(`#${id}`);
        await expect(field).toHaveValue(c.shows);
        // The calendar speaks the app's language too, and Escape gives focus back to the field.
        await field.focus();
        await page.keyboard.press('Alt+ArrowDown');
        const calendar = page.locator('.date-field-popover');
        await expect(calendar.locator('.rdp-caption_label')).toHaveText(c.caption);
        await page.keyboard.press('Escape');
        await expect(calendar).toHaveCount(0);
        await expect(field).toBeFocused();
        return field;
      };

      await page.getByRole('tab', { name: TABS[c.lang].changes }).click();
      await shows('changes-from');
      const to = await shows('changes-to');
      // ↓ is the day before: the range follows.
      await page.keyboard.press('ArrowDown');
      await expect(to).toHaveAttribute('data-value', shift(today(), -1));
      await expect(to).toHaveValue(c.shows);
      await expect(page.getByTestId('changes-summary')).toBeVisible();

      await page.getByRole('tab', { name: TABS[c.lang].timeline }).click();
      await shows('snapshot-day');

      const travel = await shows('time-travel-day');
      await page.keyboard.press('ArrowDown');
      await expect(page.getByTestId('time-travel-banner')).toBeVisible();
      await expect(travel).toHaveAttribute('data-value', shift(today(), -1));
      await expect(travel).toHaveValue(c.shows);

      // No native date input is left anywhere on these screens.
      await expect(page.locator('input[type="date"]')).toHaveCount(0);
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}
