// The window remembers the view the rep left: pane widths, the accounts pane folded, the open account
// and the right panel's tab, the legend — kept in the database, so restarting the service on the same
// file and reloading the page opens the same view.
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';
import type { AccountSummary } from '../../shared/domain/model';
import type { ViewState } from '../../shared/viewState/contractCalls';
import { AppPage } from './pages/AppPage';
import { shot } from './harness/shots';

const width = async (page: Page, selector: string) => Math.round((await page.locator(selector).boundingBox())!.width);

test('pane widths, the open account and tab and the legend survive a restart; so does the folded accounts pane', async ({ page, powermap }) => {
  const memory = await powermap.call<{ id: string }>('createAccount', { name: 'Memory Co' });
  await powermap.call('createPerson', { accountId: memory.id, name: 'Wang Li' });
  await powermap.call('createPerson', { accountId: memory.id, name: 'Sun Meihua' });
  const list = await powermap.call<AccountSummary[]>('listAccounts', {});
  // The account to come back to is not the one that opens by default (the first).
  const target = list[1]!;
  await powermap.open();
  const app = new AppPage(page, 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(list[0]!.name);
  await app.openAccount(target.name);

  // The side panel, dragged 120 px wider; the accounts pane, two arrow-key steps wider.
  const right = await width(page, '.right-panel');
  const handle = page.getByRole('separator', { name: 'Resize the side panel' });
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + 200, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => width(page, '.right-panel')).toBe(right + 120);
  const accounts = await width(page, '.accounts-pane');
  await page.getByRole('separator', { name: 'Resize the accounts pane' }).focus();
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => width(page, '.accounts-pane')).toBe(accounts + 32);
  await shot(page, 'window-memory-handle-focused');

  await page.getByRole('tab', { name: 'Ranking' }).click();
  await page.getByRole('region', { name: 'Legend' }).getByRole('button', { name: 'More' }).click();
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Size = influence score');
  // Stored in the file (not only in the page).
  await expect
    .poll(() => powermap.call<ViewState>('getViewState', {}))
    .toMatchObject({ accountId: target.id, tab: 'ranking', legendOpen: true, rightWidth: right + 120, accountsWidth: accounts + 32, accountsCollapsed: false });

  await powermap.restartService();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.name);
  await expect(page.getByRole('tab', { name: 'Ranking' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Size = influence score');
  expect(await width(page, '.accounts-pane')).toBe(accounts + 32);
  // The ranking widens the panel by itself; back on People it has the width the rep gave it.
  await page.getByRole('tab', { name: 'People' }).click();
  await expect.poll(() => width(page, '.right-panel')).toBe(right + 120);

  // Folded by the rep: folded after a restart, with its width back when it is opened again.
  await page.getByRole('button', { name: 'Collapse accounts' }).click();
  await expect.poll(async () => (await powermap.call<ViewState>('getViewState', {})).accountsCollapsed).toBe(true);
  await powermap.restartService();
  await expect(page.getByRole('button', { name: 'Expand accounts' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.name);
  await page.getByRole('button', { name: 'Expand accounts' }).click();
  expect(await width(page, '.accounts-pane')).toBe(accounts + 32);

  // Double-click gives the layout's own width back, and that is kept too.
  await page.getByRole('separator', { name: 'Resize the side panel' }).dblclick();
  await expect.poll(() => width(page, '.right-panel')).toBe(right);
  await expect.poll(async () => (await powermap.call<ViewState>('getViewState', {})).rightWidth).toBeNull();
  expect(powermap.pageErrors).toEqual([]);
});

test('an account deleted since (or never there) opens the first one instead', async ({ page, powermap }) => {
  const list = await powermap.call<AccountSummary[]>('listAccounts', {});
  await powermap.call('setViewState', { accountId: 'gone-account', tab: 'timeline' });
  await powermap.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(list[0]!.name);
  await expect(page.getByRole('tab', { name: 'Support over time' })).toHaveAttribute('aria-selected', 'true');
});
