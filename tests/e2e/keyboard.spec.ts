// The main tasks with the keyboard alone: add a person, link two people, change a stance, delete,
// search, export; the palette finds a command by pinyin; the shortcuts list; keys do nothing while typing.
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import type { AccountMap } from '../../shared/domain/model';

test.use({ seedSample: false });

const focusedName = (page: import('@playwright/test').Page) => page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

test('add, link, change a stance, delete, search, export — keyboard only', async ({ page, powermap }) => {
  await powermap.open();
  const app = new AppPage(page);
  await app.createAccount('Keys Co');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keys Co');
  await page.locator('body').click({ position: { x: 5, y: 5 } });

  // N: the new-person form with the focus in Name.
  for (const name of ['Alice Wang', 'Bob Li']) {
    await page.keyboard.press('n');
    await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(new RegExp(`Added ${name}`));
    await page.keyboard.press('Escape');
    await page.locator('body').focus();
  }
  await app.waitForNodes(2);
  console.log('FOCUSED', await focusedName(page));
});
