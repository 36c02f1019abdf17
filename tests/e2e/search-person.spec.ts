// Search by name, title or pinyin selects and centres the person, in Chinese and in English.
import type { AccountMap, AccountSummary } from '../../shared/domain/model';
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { offCentre, shownIds } from './pages/HighlightHook';

async function sampleMap(powermap: { call<T>(m: string, i?: unknown): Promise<T> }): Promise<AccountMap> {
  const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
  return powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id, layout: 'saved' });
}

test.describe('search (zh-CN)', () => {
  test.use({ systemLocale: 'zh-CN' });
  test('"wl" finds 王丽 by pinyin initials; Enter selects and centres her', async ({ page, powermap }) => {
    const map = await sampleMap(powermap);
    const wangLi = map.people.find((p) => p.name === '王丽')!;
    expect(wangLi).toBeTruthy();
    await powermap.open();
    const app = new AppPage(page, 'zh-CN');
    await app.waitForNodes(map.people.length);
    const box = page.getByRole('combobox', { name: '查找人物' });
    await box.fill('wl');
    const options = page.getByRole('listbox', { name: '匹配的人物' }).getByRole('option');
    await expect(options.first()).toContainText('王丽');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.screenshot({ path: '/tmp/shots/h8/search-zh-CN.png' });
    await box.press('Enter');
    await expect(page.locator('aside.right-panel').getByRole('heading', { level: 2 })).toContainText('王丽');
    await expect.poll(() => offCentre(page, wangLi.id)).toBeLessThan(3);
    await expect(box).toHaveValue('王丽');

    // Full pinyin works too, and the arrow keys move through the results.
    await box.fill('wangli');
    await expect(options.first()).toContainText('王丽');
    await box.fill('z');
    const count = await options.count();
    expect(count).toBeGreaterThan(1);
    await box.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    const second = (await options.nth(1).locator('.search-name').textContent())!;
    await box.press('Enter');
    await expect(page.locator('aside.right-panel').getByRole('heading', { level: 2 })).toContainText(second);
    expect(powermap.pageErrors).toEqual([]);
  });
});

test.describe('search (en)', () => {
  test.use({ systemLocale: 'en-US' });
  test('a Latin name or a title selects and centres the person, even one hidden by a filter', async ({ page, powermap }) => {
    const map = await sampleMap(powermap);
    const target = map.people.find((p) => p.stance === 'skeptic' || p.stance === 'opponent')!;
    await powermap.open();
    const app = new AppPage(page, 'en');
    await app.waitForNodes(map.people.length);
    const box = page.getByRole('combobox', { name: 'Find a person' });
    await box.fill(target.name.split(' ')[1]!.toLowerCase());
    await page.getByRole('option', { name: new RegExp(target.name) }).click();
    await expect(page.locator('aside.right-panel').getByRole('heading', { level: 2 })).toContainText(target.name);
    await expect.poll(() => offCentre(page, target.id)).toBeLessThan(3);

    // Hidden by "support base only": searching shows everyone again and says so.
    await page.getByLabel('Support base only').check();
    await expect.poll(async () => (await shownIds(page)).includes(target.id)).toBe(false);
    await box.fill(target.title);
    await expect(page.getByRole('listbox', { name: 'Matching people' }).getByRole('option').first()).toContainText(target.name);
    await box.press('Enter');
    await expect.poll(async () => (await shownIds(page)).includes(target.id)).toBe(true);
    await expect(page.getByText(`Map filters were turned off to show ${target.name}.`)).toBeVisible();
    await expect.poll(() => offCentre(page, target.id)).toBeLessThan(3);

    await box.fill('qqqq');
    await expect(page.getByText('No one matches “qqqq”.')).toBeVisible();
    expect(powermap.pageErrors).toEqual([]);
  });
});
