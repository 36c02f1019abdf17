// The sample key account renders on first open, in English and in Chinese.
import { test, expect } from './harness/fixture';
import { AppPage, literal } from './pages/AppPage';
import { shot } from './harness/shots';

interface Summary {
  id: string;
  name: string;
  peopleCount: number;
}

for (const [locale, lang] of [['en-US', 'en'], ['zh-CN', 'zh-CN']] as const) {
  test.describe(`sample account (${lang})`, () => {
    test.use({ systemLocale: locale });

    test('is listed, opened and drawn with all its people', async ({ page, powermap }) => {
      const accounts = await powermap.call<Summary[]>('listAccounts', {});
      expect(accounts).toHaveLength(1);
      const sample = accounts[0]!;
      expect(sample.peopleCount).toBeGreaterThanOrEqual(20);
      if (lang === 'zh-CN') expect(sample.name).toMatch(/[\u4e00-\u9fff]/);
      else expect(sample.name).toMatch(/^[\x20-\x7e]+$/);

      await powermap.open();
      const app = new AppPage(page, lang);
      await expect(app.accountButton(literal(sample.name))).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(sample.name);
      await app.waitForNodes(sample.peopleCount);
      await expect(app.peopleList.getByRole('button')).toHaveCount(sample.peopleCount);
      await expect(page.getByRole('region', { name: app.words.legend })).toBeVisible();
      if (lang === 'zh-CN') {
        await expect(page.getByRole('button', { name: app.words.addPerson })).toBeVisible();
        await expect(page.getByRole('region', { name: app.words.legend })).toContainText('盟友');
      }
      await page.waitForTimeout(300);
      await shot(page, `sample-${lang}`);
      expect(powermap.pageErrors).toEqual([]);
      expect(powermap.consoleErrors).toEqual([]);
    });
  });
}
