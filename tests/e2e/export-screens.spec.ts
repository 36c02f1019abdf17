// Screenshots of the export, import, backups and brief screens in English and Chinese, each found by
// its accessible name in that language (so a missing translation or label fails here).
import { test, expect } from './harness/fixture';
import { mkdirSync } from 'node:fs';
import { openSampleMap } from './export/exportHelpers';

const SHOTS = '/tmp/shots/h10';
const WORDS = {
  en: { export: 'Export', exportTitle: 'Export map', import: 'Import', importTitle: /^Import into /, backups: 'Backups', brief: 'Open visit brief…', back: /Back to the map/ },
  'zh-CN': { export: '导出', exportTitle: '导出关系图', import: '导入', importTitle: /^导入到 /, backups: '备份', brief: '打开拜访简报…', back: /返回关系图/ },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`export screens (${lang})`, () => {
    test.use({ systemLocale: lang === 'en' ? 'en-US' : 'zh-CN' });
    test('export, import, backups and brief', async ({ page, powermap }) => {
      const w = WORDS[lang];
      mkdirSync(SHOTS, { recursive: true });
      await openSampleMap(page, powermap);
      await page.getByRole('button', { name: w.export, exact: true }).click();
      await expect(page.getByRole('dialog', { name: w.exportTitle })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/screen-export-${lang}.png` });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await page.getByRole('button', { name: w.import, exact: true }).click();
      await expect(page.getByRole('dialog', { name: w.importTitle })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/screen-import-${lang}.png` });
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: w.backups, exact: true }).click();
      await expect(page.getByRole('dialog', { name: w.backups })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/screen-backups-${lang}.png` });
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: w.export, exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: w.brief }).click();
      await expect(page.locator('.brief[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
      await page.screenshot({ path: `${SHOTS}/screen-brief-${lang}.png` });
      await page.getByRole('button', { name: w.back }).click();
      await expect(page.locator('aside.accounts-pane')).toBeVisible();
      expect(powermap.pageErrors).toEqual([]);
    });
  });
}
