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
