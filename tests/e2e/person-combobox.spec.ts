// One people combobox everywhere (toolbar search, visit attendees, the relationship form's other
// person): "wl" finds 王丽 by pinyin initials, ↓/↑ move the active option, Enter chooses it, and the
// list is an ARIA listbox owned by the input (aria-controls, aria-activedescendant).
import type { Locator, Page } from '@playwright/test';
import type { AccountMap, AccountSummary } from '../../shared/domain/model';
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';

test.use({ systemLocale: 'zh-CN' });

/** Types "wl", checks 王丽 is the active first option, moves down and back up, and chooses with Enter. */
async function pickWangLiByKeyboard(page: Page, box: Locator): Promise<void> {
  await box.fill('wl');
  const listId = await box.getAttribute('aria-controls');
  const list = page.locator(`[id="${listId}"]`);
  await expect(list).toHaveAttribute('role', 'listbox');
  const options = list.getByRole('option');
  await expect(options.first()).toContainText('王丽');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
  if ((await options.count()) > 1) {
    await box.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await box.press('ArrowUp');
  }
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(list).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
}

test('"wl" finds 王丽 and the keyboard chooses her in the toolbar search, the visit attendees and the relationship form', async ({ page, powermap }) => {
  const [sample] = await powermap.call<AccountSummary[]>('listAccounts', {});
  const map = await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id, layout: 'saved' });
  const wangLi = map.people.find((p) => p.name === '王丽')!;
  const linked = new Set(map.relationships.flatMap((r) => (r.fromId === wangLi.id ? [r.toId] : r.toId === wangLi.id ? [r.fromId] : [])));
  const from = map.people.find((p) => p.id !== wangLi.id && !linked.has(p.id))!;
  await powermap.open();
  const app = new AppPage(page, 'zh-CN');
  await app.waitForNodes(map.people.length);
  const panel = page.locator('aside.right-panel');

  // 1. Toolbar search: selects her.
  const search = page.getByRole('combobox', { name: '查找人物' });
  await pickWangLiByKeyboard(page, search);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('王丽');
  await expect(search).toHaveValue('王丽');

  // 2. The relationship form: another person, then 王丽 as the other person, by keyboard only.
  await search.fill(from.name);
  await search.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(from.name);
  await panel.getByRole('button', { name: /添加关系/ }).click();
  const form = panel.getByRole('form', { name: `为 ${from.name} 添加关系` });
  await form.getByLabel('关系', { exact: true }).selectOption({ label: '… 影响' });
  const other = form.getByRole('combobox', { name: '对方' });
  await pickWangLiByKeyboard(page, other);
  await expect(other).toHaveValue('王丽');
  await other.press('Tab');
  await form.getByLabel('强度').selectOption('3');
  await form.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByText('已添加关系。')).toBeVisible();
  const after = await powermap.call<AccountMap>('getAccountMap', { accountId: sample!.id, layout: 'saved' });
  const made = after.relationships.find((r) => r.fromId === from.id && r.toId === wangLi.id);
  expect(made && { type: made.type, strength: made.strength }).toEqual({ type: 'influences', strength: 3 });

  // 3. The visit form's attendees.
  await page.getByRole('tab', { name: '拜访', exact: true }).click();
  await page.getByRole('button', { name: '记录拜访', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const attendees = dialog.getByLabel('添加参加人：姓名、职位或拼音', { exact: true });
  await pickWangLiByKeyboard(page, attendees);
  await expect(dialog.locator('.attendee-row').last()).toContainText('王丽');
  await expect(attendees).toHaveValue('');
  expect(powermap.pageErrors).toEqual([]);
});
