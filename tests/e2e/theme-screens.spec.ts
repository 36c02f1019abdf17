// Screenshots in both themes for people to look at (SHOTS_DIR, default /tmp/shots/theme): the map,
// the ranking, the visits tab and the export dialog at 1366×768 and 1024×700.
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { shot } from './harness/shots';
import type { AccountSummary } from '../../shared/domain/model';

process.env.SHOTS_DIR ||= '/tmp/shots/theme';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`screens (${scheme})`, () => {
    test.use({ colorScheme: scheme, systemLocale: 'en-GB' });

    test('map, ranking, visits and a dialog at laptop sizes', async ({ page, powermap }) => {
      const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
      await powermap.open();
      const app = new AppPage(page, 'en');
      await app.waitForNodes(sample!.peopleCount);
      for (const [width, height] of [[1366, 768], [1024, 700]] as const) {
        await page.setViewportSize({ width, height });
        await page.getByRole('button', { name: app.words.fit }).click();
        await page.waitForTimeout(400);
        await shot(page, `${scheme}-${width}-map`);
        await page.getByRole('tab', { name: 'Ranking' }).click();
        await page.waitForTimeout(300);
        await shot(page, `${scheme}-${width}-ranking`);
        await page.getByRole('tab', { name: 'Visits' }).click();
        await page.waitForTimeout(300);
        await shot(page, `${scheme}-${width}-visits`);
        await page.getByRole('tab', { name: 'Support over time' }).click();
        await page.waitForTimeout(800);
        await shot(page, `${scheme}-${width}-timeline`);
        await page.getByRole('tab', { name: 'People' }).click();
        await page.getByRole('button', { name: /^Export$/ }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await shot(page, `${scheme}-${width}-export-dialog`);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
      }
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}
