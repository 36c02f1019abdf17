// Account details: every field the service accepts, saved through updateAccount and still there after
// a restart; a recorded budget clears the brief's "budget unknown"; bad input is said in words and
// writes nothing; Cancel writes nothing; the dialog in zh-CN.
import type { Page } from '@playwright/test';
import { test, expect } from './harness/fixture';
import { AppPage } from './pages/AppPage';
import { shot } from './harness/shots';
import { addDays } from '../../shared/history/days';
import type { Account, AccountSummary } from '../../shared/domain/model';

const sample = async (powermap: { call<T>(m: string, i?: unknown): Promise<T> }): Promise<AccountSummary> => (await powermap.call<AccountSummary[]>('listAccounts', {}))[0]!;
const openDetails = async (page: Page, name: string) => {
  await page.getByRole('group', { name: `Actions for ${name}` }).getByRole('button', { name: 'Details…' }).click();
  return page.getByRole('dialog', { name: `Account details — ${name}` });
};
const historyRows = (powermap: { app: { store: { db: { prepare(sql: string): { get(): unknown } } } } }) =>
  (powermap.app.store.db.prepare("SELECT count(*) AS n FROM history WHERE entity = 'account'").get() as { n: number }).n;

test('edit every field of the sample account; saved, shown, and still there after a restart', async ({ page, powermap }) => {
  const before = await sample(powermap);
  await powermap.open();
  const app = new AppPage(page);
  await app.openAccount(before.name);
  const dialog = await openDetails(page, before.name);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Account name')).toHaveValue(before.name);
  await expect(dialog.getByText('Sustained purchasing (buying year after year): not recorded yet.')).toBeVisible();
  await shot(page, 'account-details-en');

  await dialog.getByLabel('Account name').fill('Happy Baby Group');
  await dialog.getByLabel('Segment').fill('Retail chain');
  await dialog.getByRole('radio', { name: /^Stabilize/ }).check();
  const fit = dialog.getByLabel(/^Product fit/);
  const central = dialog.getByLabel(/^Centralized purchasing/);
  await fit.setChecked(true);
  await central.setChecked(false);
  await expect(dialog.getByRole('status')).toHaveText('Not a key account yet — missing: centralized purchasing, sustained purchasing.');
  await central.setChecked(true);
  await expect(dialog.getByRole('status')).toHaveText('Not a key account yet — missing: sustained purchasing.');
  await dialog.getByLabel('Budget amount').fill('3,500,000');
  await dialog.getByLabel('Budget cycle').fill('Fiscal year from April');
  await dialog.getByLabel('Budget decision process').fill('Category head proposes; CFO approves in March.');
  await dialog.getByLabel('Notes').fill('Met at the trade fair.');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Happy Baby Group');

  const want: Partial<Account> = {
    name: 'Happy Baby Group', segment: 'Retail chain', stage: 'stabilize', productFit: true, centralizedPurchasing: true,
    budgetAmount: 3_500_000, budgetCycle: 'Fiscal year from April', budgetProcess: 'Category head proposes; CFO approves in March.', notes: 'Met at the trade fair.',
  };
  expect(await sample(powermap)).toMatchObject(want);

  await powermap.restartService();
  expect(await sample(powermap)).toMatchObject(want);
  await app.openAccount('Happy Baby Group');
  const again = await openDetails(page, 'Happy Baby Group');
  await expect(again.getByLabel('Segment')).toHaveValue('Retail chain');
  await expect(again.getByRole('radio', { name: /^Stabilize/ })).toBeChecked();
  await expect(again.getByLabel('Budget amount')).toHaveValue('3500000');
  await expect(again.getByLabel(/^Centralized purchasing/)).toBeChecked();
  // Cancel after edits writes nothing.
  await again.getByLabel('Notes').fill('this must not be saved');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toHaveCount(0);
  expect((await sample(powermap)).notes).toBe('Met at the trade fair.');
  expect(powermap.pageErrors).toEqual([]);
});

test('recording a budget clears the brief’s “budget unknown” warning', async ({ page, powermap }) => {
  const s = await sample(powermap);
  await powermap.call('updateAccount', { id: s.id, patch: { budgetAmount: null, budgetCycle: '', budgetProcess: '' } });
  await page.goto(`/?e2e=1#/brief/${encodeURIComponent(s.id)}`);
  await expect(page.getByRole('main', { name: `Visit brief for ${s.name}` }).getByText('The budget is unknown.')).toBeVisible();

  await page.goto('/?e2e=1');
  const app = new AppPage(page);
  await app.openAccount(s.name);
  // Also reachable from the map's title area.
  await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Account details…' }).click();
  const dialog = page.getByRole('dialog', { name: `Account details — ${s.name}` });
  await dialog.getByLabel('Budget amount').fill('8000000');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toHaveCount(0);
  expect((await sample(powermap)).budgetAmount).toBe(8_000_000);
  const row = powermap.app.store.db.prepare('SELECT budget_amount AS b FROM accounts WHERE id = ?').get(s.id) as { b: number };
  expect(row.b).toBe(8_000_000);

  await page.goto(`/?e2e=1#/brief/${encodeURIComponent(s.id)}`);
  const brief = page.getByRole('main', { name: `Visit brief for ${s.name}` });
  await expect(brief).toHaveAttribute('data-ready', 'true');
  await expect(brief.getByText(/Stage: Establish/).first()).toBeVisible();
  await expect(brief.getByText('The budget is unknown.')).toHaveCount(0);
  await expect(brief.getByText('Ask about the budget amount, cycle and approval process.')).toHaveCount(0);
});

test('bad input: said next to the field in words, nothing written', async ({ page, powermap }) => {
  const before = await sample(powermap);
  const rows = historyRows(powermap);
  await powermap.open();
  const app = new AppPage(page);
  await app.openAccount(before.name);
  const dialog = await openDetails(page, before.name);
  const save = dialog.getByRole('button', { name: 'Save details' });

  await dialog.getByLabel('Account name').fill('   ');
  await save.click();
  await expect(dialog.getByText('Please enter a name; it cannot be empty or only spaces.').last()).toBeVisible();
  await expect(dialog.getByLabel('Account name')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Account name').fill(before.name);

  const budgetWords = 'Enter the budget as a number of 0 or more (at most 10,000,000,000,000), or leave it blank if unknown.';
  for (const bad of ['-5', 'about a million']) {
    await dialog.getByLabel('Budget amount').fill(bad);
    await save.click();
    await expect(dialog.locator('.field-error', { hasText: budgetWords })).toBeVisible();
    await expect(dialog.getByLabel('Budget amount')).toHaveAttribute('aria-invalid', 'true');
  }
  await shot(page, 'account-details-errors');
  await dialog.getByLabel('Budget amount').fill(String(before.budgetAmount ?? ''));

  await dialog.getByLabel('Segment').fill('x'.repeat(121));
  await save.click();
  await expect(dialog.locator('.field-error', { hasText: 'This text is too long (at most 120 characters).' })).toBeVisible();
  await expect(dialog).toBeVisible();

  const after = await sample(powermap);
  expect(after).toMatchObject({ name: before.name, segment: before.segment, budgetAmount: before.budgetAmount, updatedAt: before.updatedAt });
  expect(historyRows(powermap)).toBe(rows);
  expect(powermap.pageErrors).toEqual([]);
});

test.describe('zh-CN', () => {
  test.use({ systemLocale: 'zh-CN' });
  test('labels, stages and the qualification line in Chinese', async ({ page, powermap }) => {
    const s = await sample(powermap);
    await powermap.open();
    const app = new AppPage(page, 'zh-CN');
    await app.openAccount(s.name);
    await page.getByRole('group', { name: new RegExp(s.name) }).getByRole('button', { name: '详情…' }).click();
    const dialog = page.getByRole('dialog', { name: `客户详情 — ${s.name}` });
    await expect(dialog).toBeVisible();
    for (const label of ['客户名称', '客户类型', '预算金额', '预算周期', '预算决策流程', '备注']) await expect(dialog.getByLabel(label, { exact: true })).toBeVisible();
    for (const stage of ['建立关系', '稳定关系', '加强关系']) await expect(dialog.getByRole('radio', { name: new RegExp(`^${stage}`) })).toBeVisible();
    await expect(dialog.getByLabel(/^产品适合/)).toBeVisible();
    await expect(dialog.getByLabel(/^统一采购/)).toBeVisible();
    await expect(dialog.getByText('持续采购（年年采购）：尚未记录。')).toBeVisible();
    await expect(dialog.getByRole('button', { name: '保存详情' })).toBeVisible();
    await shot(page, 'account-details-zh');
  });
});

test('hidden while viewing a past day (the past is read-only), back with today', async ({ page, powermap }) => {
  const s = await sample(powermap);
  const today = (await powermap.call<{ to: string }>('getSupportSeries', { accountId: s.id })).to;
  await powermap.open();
  const app = new AppPage(page);
  await app.openAccount(s.name);
  const listDetails = page.getByRole('group', { name: `Actions for ${s.name}` }).getByRole('button', { name: 'Details…' });
  const toolbarDetails = page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Account details…' });
  await expect(listDetails).toBeVisible();
  await expect(toolbarDetails).toBeVisible();
  await page.getByLabel('View the map as of').fill(addDays(today, -60));
  await expect(page.getByTestId('time-travel-banner')).toBeVisible();
  await expect(listDetails).toHaveCount(0);
  await expect(toolbarDetails).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to today' }).first().click();
  await expect(toolbarDetails).toBeVisible();
  await expect(listDetails).toBeVisible();
});
