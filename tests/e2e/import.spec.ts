// Import through the UI: UTF-8 and GBK CSV (fixtures encoded with iconv-lite), preview with mapping,
// row errors with row numbers, duplicates flagged, all-or-nothing commit, Cancel and malformed files
// write nothing, account JSON round trip, progress on a big file.
import { test, expect } from './harness/fixture';
import type { Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportAndWait, lastSaved, openExportDialog, openSampleMap } from './export/exportHelpers';
import type { Powermap } from './harness/fixture';

const SHOTS = '/tmp/shots/h10';

interface MapLike {
  people: Array<{ name: string; title: string; stance: string; department: string }>;
  relationships: Array<{ type: string; fromId: string; toId: string }>;
}

async function accountOf(powermap: Powermap): Promise<string> {
  return (await powermap.call<Array<{ id: string }>>('listAccounts', {}))[0]!.id;
}
async function peopleOf(powermap: Powermap, accountId: string): Promise<MapLike> {
  return powermap.call<MapLike>('getAccountMap', { accountId });
}

async function chooseFile(page: Page, name: string, buffer: Buffer, label = 'Choose a CSV or Excel file'): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(label).setInputFiles({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer });
}

const CSV_ZH = ['姓名,职位,部门,态度,上级', '赵敏,采购经理,采购部,支持,钱峰', '钱峰,采购总监,采购部,盟友,', '孙悦,财务专员,财务部,中立,钱峰'].join('\r\n');

test('UTF-8 CSV with Chinese headers: mapping suggested, preview, import creates people and reports-to lines', async ({ page, powermap }) => {
  const accountId = await accountOf(powermap);
  const before = await peopleOf(powermap, accountId);
  await openSampleMap(page, powermap);
  await chooseFile(page, '联系人.csv', Buffer.from(CSV_ZH, 'utf8'));
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.import-totals')).toHaveText('3 rows: 3 ready, 0 with errors, 0 likely duplicates, 2 reports-to lines.');
  await expect(dialog.getByLabel('Column 1 “姓名” is')).toHaveValue('name');
  await expect(dialog.getByLabel('Column 4 “态度” is')).toHaveValue('stance');
  await expect(dialog.getByLabel('Column 5 “上级” is')).toHaveValue('reportsTo');
  await expect(dialog.getByRole('table', { name: 'Preview of the first rows' })).toContainText('赵敏');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/import-preview.png` });
  // Nothing is written before the rep confirms.
  expect((await peopleOf(powermap, accountId)).people).toHaveLength(before.people.length);
  await dialog.getByRole('button', { name: 'Import 3 people' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Imported 3 people and 2 reports-to lines.' })).toBeVisible();
  const after = await peopleOf(powermap, accountId);
  expect(after.people).toHaveLength(before.people.length + 3);
  const zhao = after.people.find((p) => p.name === '赵敏')!;
  expect(zhao.title).toBe('采购经理');
  expect(zhao.stance).toBe('supporter');
  expect(after.relationships.length).toBe(before.relationships.length + 2);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('list', { name: 'People on this map' })).toContainText('赵敏');
});

test('GBK-encoded CSV (Chinese Windows Excel) is detected and imported with names intact', async ({ page, powermap }) => {
  const accountId = await accountOf(powermap);
  const gbk = iconv.encode(CSV_ZH, 'gbk');
  expect(gbk.includes(Buffer.from('赵敏', 'utf8'))).toBe(false);
  await openSampleMap(page, powermap);
  await chooseFile(page, 'gbk.csv', gbk);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.import-file')).toContainText(/GB18030|GBK/);
  await expect(dialog.getByRole('table', { name: 'Preview of the first rows' })).toContainText('钱峰');
  await dialog.getByRole('button', { name: 'Import 3 people' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Imported 3 people' })).toBeVisible();
  const names = (await peopleOf(powermap, accountId)).people.map((p) => p.name);
  expect(names).toEqual(expect.arrayContaining(['赵敏', '钱峰', '孙悦']));
});

test('row errors are listed with row numbers; the import is refused until valid-only is chosen; duplicates flagged', async ({ page, powermap }) => {
  const accountId = await accountOf(powermap);
  const before = (await peopleOf(powermap, accountId)).people.length;
  const csv = ['Name,Title,Stance', 'Ann Lee,Buyer,ally', 'Bob Ray,Clerk,furious', 'Wang Li,Purchasing Director,supporter', 'Cy Dee,Analyst,neutral'].join('\n');
  await openSampleMap(page, powermap);
  await chooseFile(page, 'people.csv', Buffer.from(csv));
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.import-totals')).toHaveText('4 rows: 3 ready, 1 with errors, 1 likely duplicates, 0 reports-to lines.');
  const errors = dialog.getByRole('region', { name: 'Rows with errors' });
  await expect(errors).toContainText('Row 3, column 3 (Stance):');
  await expect(dialog.getByRole('region', { name: 'Likely duplicates' })).toContainText('Row 4: Wang Li (Purchasing Director) — already on the map as Wang Li');
  const importButton = dialog.getByRole('button', { name: /^Import \d+ people$/ });
  await expect(importButton).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/import-errors.png` });
  await dialog.getByLabel(/Import only the valid rows/).check();
  await dialog.getByLabel(/Leave out the 1 likely duplicates/).check();
  await expect(importButton).toHaveText('Import 2 people');
  await importButton.click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Imported 2 people' })).toBeVisible();
  await expect(dialog.getByRole('status').filter({ hasText: '2 rows were left out.' })).toBeVisible();
  const names = (await peopleOf(powermap, accountId)).people.map((p) => p.name);
  expect(names.length).toBe(before + 2);
  expect(names).toEqual(expect.arrayContaining(['Ann Lee', 'Cy Dee']));
  expect(names).not.toContain('Bob Ray');
});

test('Cancel after the preview writes nothing; changing the mapping re-checks the rows', async ({ page, powermap }) => {
  const accountId = await accountOf(powermap);
  const before = (await peopleOf(powermap, accountId)).people.length;
  const csv = ['Full name,Note', 'Dora Mae,likes tea', 'Eli Fox,'].join('\n');
  await openSampleMap(page, powermap);
  await chooseFile(page, 'c.csv', Buffer.from(csv));
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.import-totals')).toContainText('2 rows: 2 ready');
  await dialog.getByLabel('Column 1 “Full name” is').selectOption('');
  await expect(dialog.getByRole('alert')).toContainText('no column is mapped to “Name”');
  await expect(dialog.getByRole('button', { name: /^Import \d+ people$/ })).toBeDisabled();
  await dialog.getByLabel('Column 1 “Full name” is').selectOption('name');
  await expect(dialog.getByRole('button', { name: 'Import 2 people' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect((await peopleOf(powermap, accountId)).people.length).toBe(before);
});

test('malformed files are refused with a clear message and nothing is written', async ({ page, powermap }) => {
  const accountId = await accountOf(powermap);
  const before = (await peopleOf(powermap, accountId)).people.length;
  await openSampleMap(page, powermap);
  const garbage = Buffer.alloc(4096);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 256;
  await chooseFile(page, 'garbage.csv', garbage);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('alert')).toHaveText(/does not look like a spreadsheet/);
  await page.screenshot({ path: `${SHOTS}/import-malformed.png` });
  // Still on the choose step: an empty file next.
  await dialog.getByLabel('Choose a CSV or Excel file').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await expect(dialog.getByRole('alert')).toHaveText('This file is empty.');
  // A truncated XLSX (a ZIP cut in half).
  await dialog.getByLabel('Choose a CSV or Excel file').setInputFiles({ name: 'cut.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from('PK\u0003\u0004'), garbage.subarray(0, 500)]) });
  await expect(dialog.getByRole('alert')).toHaveText(/damaged or incomplete/);
  // A 50 MB file (over the 40 MB limit): refused before it is read or sent.
  const dir = mkdtempSync(join(tmpdir(), 'powermap-big-'));
  const bigPath = join(dir, 'big.csv');
  writeFileSync(bigPath, Buffer.alloc(50 * 1000 * 1000, 0x41));
  await dialog.getByLabel('Choose a CSV or Excel file').setInputFiles(bigPath);
  rmSync(dir, { recursive: true, force: true });
  await expect(dialog.getByRole('alert')).toHaveText(/larger than 40 MB/);
  // Wrong columns: nothing maps to a name, so the preview says so and the import cannot start.
  await dialog.getByLabel('Choose a CSV or Excel file').setInputFiles({ name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from('Order,Amount,Date\nA-1,100,2026-01-02\n') });
  await expect(dialog.getByRole('alert')).toContainText('no column is mapped to “Name”');
  await expect(dialog.getByRole('button', { name: /^Import \d+ people$/ })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect((await peopleOf(powermap, accountId)).people.length).toBe(before);
});

test('account JSON: saved from the export dialog, imported back as a new account with the same people', async ({ page, powermap }) => {
  const accountId = await accountOf(powermap);
  const original = await peopleOf(powermap, accountId);
  await openSampleMap(page, powermap);
  await openExportDialog(page);
  await exportAndWait(page, 'Save account file (JSON)…');
  const saved = lastSaved(powermap);
  expect(saved.kind).toBe('json');
  const json = readFileSync(saved.path);
  expect(JSON.parse(json.toString('utf8')).format).toBe('powermap.account');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await chooseFile(page, saved.fileName, json, 'Choose an account file (JSON)');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('status')).toContainText(`: ${original.people.length} people`);
  await dialog.getByRole('button', { name: 'Open the imported account' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const accounts = await powermap.call<Array<{ id: string; name: string }>>('listAccounts', {});
  expect(accounts).toHaveLength(2);
  await expect.poll(() => page.evaluate(() => window.__powermapGraph?.nodeCount() ?? 0)).toBe(original.people.length);
  const copy = accounts.find((a) => a.id !== accountId)!;
  const copied = await peopleOf(powermap, copy.id);
  expect(copied.people.map((p) => p.name).sort()).toEqual(original.people.map((p) => p.name).sort());
  expect(copied.relationships).toHaveLength(original.relationships.length);
});

test('a 20,000-row file shows progress, then a preview with exact totals; the page stays responsive', async ({ page, powermap }) => {
  const accountId = await accountOf(powermap);
  const before = (await peopleOf(powermap, accountId)).people.length;
  const lines = ['Name,Title,Department'];
  for (let i = 0; i < 20_000; i++) lines.push(`Person ${i},Title ${i % 50},Dept ${i % 20}`);
  await openSampleMap(page, powermap);
  // Record every progress text the dialog shows while the file is read.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const el = document.querySelector('.import-progress');
      if (el?.textContent && seen.at(-1) !== el.textContent) seen.push(el.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await chooseFile(page, 'big.csv', Buffer.from(lines.join('\n')));
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.import-totals')).toHaveText(/^20000 rows: 20000 ready|^20,000 rows: 20,000 ready/, { timeout: 60_000 });
  // The UI answers while the preview is shown (no frozen renderer).
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  const seen = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
  expect(seen.length, 'a progress line was shown').toBeGreaterThan(0);
  expect(seen[0]).toContain('Reading big.csv');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect((await peopleOf(powermap, accountId)).people.length).toBe(before);
});

test('XLSX with two sheets: the rep picks the sheet, the preview follows, the import works', async ({ page, powermap }) => {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Notes').addRows([['Meeting notes'], ['nothing to import here']]);
  wb.addWorksheet('People').addRows([
    ['Name', 'Title', 'Stance', 'Reports to'],
    ['Gao Yan', 'IT Director', 'supporter', ''],
    ['Hu Bin', 'IT Manager', 'neutral', 'Gao Yan'],
  ]);
  const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
  const accountId = await accountOf(powermap);
  const before = await peopleOf(powermap, accountId);
  await openSampleMap(page, powermap);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Choose a CSV or Excel file').setInputFiles({ name: 'crm.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
  await expect(dialog.locator('.import-file')).toContainText('crm.xlsx · XLSX');
  const sheet = dialog.getByLabel('Sheet');
  await expect(sheet).toBeVisible();
  await sheet.selectOption('People');
  await expect(dialog.locator('.import-totals')).toHaveText('2 rows: 2 ready, 0 with errors, 0 likely duplicates, 1 reports-to lines.');
  await dialog.getByRole('button', { name: 'Import 2 people' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Imported 2 people and 1 reports-to lines.' })).toBeVisible();
  const after = await peopleOf(powermap, accountId);
  expect(after.people.length).toBe(before.people.length + 2);
  expect(after.relationships.length).toBe(before.relationships.length + 1);
});

test.describe('with no account at all', () => {
  test.use({ seedSample: false });
  test('an account file can be imported from the empty start screen', async ({ page, powermap }) => {
    const a = await powermap.call<{ id: string }>('createAccount', { name: '华东零售' });
    await powermap.call('createPerson', { accountId: a.id, name: '王丽', title: '采购总监', stance: 'ally' });
    const file = await powermap.call<{ fileName: string; json: string }>('exportAccountJson', { accountId: a.id });
    await powermap.call('deleteAccount', { id: a.id });
    await powermap.open();
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Import account file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import an account' });
    await expect(dialog.getByLabel('Choose a CSV or Excel file')).toHaveCount(0);
    await dialog.getByLabel('Choose an account file (JSON)').setInputFiles({ name: file.fileName, mimeType: 'application/json', buffer: Buffer.from(file.json) });
    await expect(dialog.getByRole('status')).toContainText('Imported the account “华东零售”: 1 people');
    await dialog.getByRole('button', { name: 'Open the imported account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '华东零售' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'People on this map' })).toContainText('王丽');
  });
});
