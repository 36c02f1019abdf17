// Relationships from files through the Import dialog, in both languages: a relationships CSV is
// recognised, its rows resolved to people of the map, imported, and shown on the map; a workbook
// with a people sheet and a relationships sheet imports both; a relationships file read as people
// says what it looks like with a one-click switch; columns left out are said before Import, each
// one click from its select. Screenshots of the preview at 1366×768 go to /tmp/shots/relimport.
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, type Powermap } from './harness/fixture';
import { shot } from './harness/shots';
import { openSampleMap } from './export/exportHelpers';

process.env.SHOTS_DIR ||= '/tmp/shots/relimport';

interface MapLike {
  people: Array<{ id: string; name: string }>;
  relationships: Array<{ type: string; fromId: string; toId: string; strength: number | null }>;
}

async function accountOf(powermap: Powermap): Promise<string> {
  return (await powermap.call<Array<{ id: string }>>('listAccounts', {}))[0]!.id;
}

async function edges(powermap: Powermap, accountId: string): Promise<string[]> {
  const map = await powermap.call<MapLike>('getAccountMap', { accountId });
  const name = (id: string) => map.people.find((p) => p.id === id)?.name ?? id;
  return map.relationships.map((r) => `${name(r.fromId)} ${r.type}${r.strength ? `(${r.strength})` : ''} ${name(r.toId)}`);
}

async function chooseFile(page: Page, button: string, label: string, name: string, buffer: Buffer): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('dialog').getByLabel(label).setInputFiles({ name, mimeType: name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', buffer });
}

test.use({ viewport: { width: 1366, height: 768 } });

test.describe('in English', () => {
  test('a relationships CSV: recognised, rows resolved, imported, on the map', async ({ page, powermap }) => {
    const accountId = await accountOf(powermap);
    for (const name of ['Ann Lee', 'Bo Wang']) await powermap.call('createPerson', { accountId, name });
    const before = await edges(powermap, accountId);
    const graphEdges = async () => page.evaluate(() => window.__powermapGraph?.edgeCount() ?? 0);
    await openSampleMap(page, powermap);
    const edgesBefore = await graphEdges();
    const csv = ['From,To,Type,Strength', 'Ann Lee,Zhou Zhenhua,influences,3', 'Bo Wang,Ann Lee,reports to,', 'Ann Lee,Bo Wang,close to,'].join('\n');
    await chooseFile(page, 'Import', 'Choose a CSV or Excel file', 'relationships.csv', Buffer.from(csv));
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('This file holds')).toHaveValue('relationships');
    await expect(dialog.locator('.import-totals')).toHaveText('3 rows: 3 ready, 0 with errors.');
    await expect(dialog.getByLabel('Column 1 “From” is')).toHaveValue('from');
    await expect(dialog.getByLabel('Column 3 “Type” is')).toHaveValue('type');
    const rows = dialog.getByRole('table', { name: 'Preview of the first rows' });
    await expect(rows.getByRole('row')).toHaveCount(4);
    await expect(rows.getByRole('row').nth(1)).toContainText('Ann Lee');
    await expect(rows.getByRole('row').nth(1)).toContainText('OK');
    await expect(dialog.getByRole('note')).toHaveCount(0); // every column is imported
    await shot(page, 'relationships-preview-en');
    expect(await edges(powermap, accountId)).toEqual(before); // nothing before Import
    await dialog.getByRole('button', { name: 'Import 3 relationships' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Imported 3 relationships.' })).toBeVisible();
    expect((await edges(powermap, accountId)).filter((e) => !before.includes(e)).sort()).toEqual([
      'Ann Lee close-to Bo Wang',
      'Ann Lee influences(3) Zhou Zhenhua',
      'Bo Wang reports-to Ann Lee',
    ]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(graphEdges).toBe(edgesBefore + 3);
    await page.getByRole('list', { name: 'People on this map' }).getByRole('button', { name: /^Ann Lee/ }).click();
    const list = page.locator('aside.right-panel').getByRole('list', { name: 'Relationships' });
    await expect(list).toContainText('Influences Zhou Zhenhua (strength 3)');
    await expect(list).toContainText('Bo Wang reports to them');
    await expect(list).toContainText('Close to Bo Wang');
  });

  test('read as people, a relationships file says what it looks like; one click switches; refusals are listed', async ({ page, powermap }) => {
    const accountId = await accountOf(powermap);
    await openSampleMap(page, powermap);
    const csv = ['From,To,Type', 'Wu Jia,Wu Jia,influences', 'Nobody Here,Zhou Zhenhua,close to', 'Wu Jia,Zhou Zhenhua,friends'].join('\n');
    await chooseFile(page, 'Import', 'Choose a CSV or Excel file', 'links.csv', Buffer.from(csv));
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('This file holds').selectOption('people');
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('This looks like a relationships file');
    await expect(alert).not.toContainText('Name');
    // Not "OK" beside rows that were never checked.
    await expect(dialog.getByRole('table', { name: 'Preview of the first rows' })).not.toContainText('OK');
    await expect(dialog.getByRole('button', { name: /^Import \d+ people$/ })).toBeDisabled();
    await shot(page, 'looks-like-relationships-en');
    await alert.getByRole('button', { name: 'Import it as relationships' }).click();
    await expect(dialog.getByLabel('This file holds')).toHaveValue('relationships');
    await expect(dialog.locator('.import-totals')).toHaveText('3 rows: 1 ready, 2 with errors.');
    const errors = dialog.getByRole('region', { name: 'Rows with errors' });
    await expect(errors).toContainText('Row 2, column 2 (To (name)): A person cannot have a relationship with themselves.');
    await expect(errors).toContainText('Row 3, column 1 (From (name)): “Nobody Here”: nobody with that name is in the file or the account.');
    const before = await edges(powermap, accountId);
    await dialog.getByLabel(/Import only the valid rows/).check();
    await dialog.getByRole('button', { name: 'Import 1 relationships' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Imported 1 relationships. 2 rows were left out.' })).toBeVisible();
    expect((await edges(powermap, accountId)).filter((e) => !before.includes(e))).toEqual(['Wu Jia close-to Zhou Zhenhua']);
  });

  test('columns that will not be imported are named before Import, each one click from its select; no raw placeholders', async ({ page, powermap }) => {
    await openSampleMap(page, powermap);
    const csv = ['Contact name,Job title,Met in person,Last activity,WeChat,Birthday', `${'x'.repeat(121)},Buyer,yes,2026-03-01,ann_l,1990-01-02`, 'Ann Lee,Buyer,no,,,'].join('\n');
    await chooseFile(page, 'Import', 'Choose a CSV or Excel file', 'crm.csv', Buffer.from(csv));
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Column 3 “Met in person” is')).toHaveValue('met');
    await expect(dialog.getByLabel('Column 4 “Last activity” is')).toHaveValue('lastContact');
    const note = dialog.getByRole('note');
    await expect(note).toContainText('2 columns will not be imported: WeChat, Birthday');
    await expect(dialog.getByRole('region', { name: 'Rows with errors' })).toContainText('This text is too long (at most 120 characters).');
    await expect(dialog).not.toContainText('{{');
    await shot(page, 'unmapped-en');
    await note.getByRole('button', { name: 'WeChat' }).click();
    const select = dialog.getByLabel('Column 5 “WeChat” is');
    await expect(select).toBeFocused();
    await select.selectOption('notes');
    await expect(note).toHaveText(/^The column Birthday will not be imported\./);
  });
});

test.describe('in Chinese', () => {
  test.use({ systemLocale: 'zh-CN' });

  test('关系 CSV：识别、解析、导入并显示在关系图上', async ({ page, powermap }) => {
    const accountId = await accountOf(powermap);
    for (const name of ['钱峰', '孙悦']) await powermap.call('createPerson', { accountId, name });
    const before = await edges(powermap, accountId);
    await openSampleMap(page, powermap);
    const csv = ['从,到,关系,强度', '钱峰,周振华,影响,2', '孙悦,钱峰,汇报,', '孙悦,周振华,冲突,'].join('\r\n');
    await chooseFile(page, '导入', '选择 CSV 或 Excel 文件', '关系.csv', Buffer.from(csv, 'utf8'));
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('文件内容')).toHaveValue('relationships');
    await expect(dialog.locator('.import-totals')).toHaveText('共 3 行：3 行可导入，0 行有错误。');
    await expect(dialog.getByRole('table', { name: '前几行预览' })).toContainText('钱峰');
    await shot(page, 'relationships-preview-zh');
    await dialog.getByRole('button', { name: '导入 3 条关系' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: '已导入 3 条关系。' })).toBeVisible();
    expect((await edges(powermap, accountId)).filter((e) => !before.includes(e)).sort()).toEqual(['孙悦 conflicts-with 周振华', '孙悦 reports-to 钱峰', '钱峰 influences(2) 周振华']);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('list', { name: '地图上的人物' }).getByRole('button', { name: /^孙悦/ }).click();
    const list = page.locator('aside.right-panel').getByRole('list', { name: '关系' });
    await expect(list).toContainText('向 钱峰 汇报');
    await expect(list).toContainText('与 周振华 冲突');
  });

  test('人员表与关系表在同一个 Excel 中：一起预览、一起导入；不导入的列先说明', async ({ page, powermap }) => {
    const accountId = await accountOf(powermap);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('人员').addRows([
      ['姓名', '职务', '见过面吗', '上次联系时间', '微信', '生日'],
      ['苏航', '信息总监', '是', new Date(Date.UTC(2026, 1, 10)), 'suhang', '3月5日'],
      ['唐宁', '采购专员', '否', null, 'tangning', ''],
    ]);
    wb.addWorksheet('关系').addRows([
      ['人员', '对象', '关系类型', '关系强度'],
      ['唐宁', '苏航', '汇报', null],
      ['苏航', '周振华', '影响', 3],
    ]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const before = await edges(powermap, accountId);
    await openSampleMap(page, powermap);
    await chooseFile(page, '导入', '选择 CSV 或 Excel 文件', '客户.xlsx', xlsx);
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('.import-totals').first()).toHaveText('共 2 行：2 行可导入，0 行有错误，0 行疑似重复，0 条汇报关系。');
    await expect(dialog.getByLabel('第 3 列“见过面吗”是')).toHaveValue('met');
    await expect(dialog.getByLabel('第 4 列“上次联系时间”是')).toHaveValue('lastContact');
    await expect(dialog.getByRole('note')).toContainText('有 2 列不会导入：微信、生日');
    const companion = dialog.getByRole('region', { name: '工作表“关系”中的关系' });
    await expect(companion.locator('.import-totals')).toHaveText('共 2 行：2 行可导入，0 行有错误。');
    await expect(dialog).not.toContainText('{{');
    await shot(page, 'workbook-preview-zh');
    await dialog.getByRole('button', { name: '导入 2 人和 2 条关系' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: '已导入 2 人和 2 条关系。' })).toBeVisible();
    expect((await edges(powermap, accountId)).filter((e) => !before.includes(e)).sort()).toEqual(['唐宁 reports-to 苏航', '苏航 influences(3) 周振华']);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(page.getByRole('list', { name: '地图上的人物' })).toContainText('苏航');
  });
});
