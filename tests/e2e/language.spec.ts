// Switching the language changes the visible text at once, and the choice survives a restart.
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { shot } from './harness/shots';

test('en ↔ zh-CN switch changes the words on screen and is remembered', async ({ page, powermap }) => {
  await powermap.open();
  let app = new AppPage(page, 'en');
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Ally');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  app = await app.switchLanguage('zh-CN');
  await expect(page.getByRole('heading', { name: '大客户' })).toBeVisible();
  await expect(page.getByRole('region', { name: '图例' })).toContainText('盟友');
  await expect(page.getByRole('button', { name: '添加人物' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Accounts' })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await shot(page, 'language-zh-CN');
  expect(((await powermap.call<{ language: string | null }>('getAppInfo', {})).language)).toBe('zh-CN');

  await powermap.restartService();
  await expect(page.getByRole('heading', { name: '大客户' })).toBeVisible();

  await app.switchLanguage('en');
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add person' })).toBeVisible();
  expect(powermap.pageErrors).toEqual([]);
});

test.describe('default language', () => {
  test.use({ systemLocale: 'zh-Hans-CN' });
  test('follows the OS locale when the rep has not chosen one', async ({ page, powermap }) => {
    await powermap.open();
    await expect(page.getByRole('heading', { name: '大客户' })).toBeVisible();
    await expect(page.getByLabel('语言')).toHaveValue('zh-CN');
  });
});
