// An account file that breaks the app's rules is refused on screen with the row, the field and the
// reason in the rep's language, and nothing is imported.
import { test, expect } from './harness/fixture';
import type { Page } from '@playwright/test';
import type { Powermap } from './harness/fixture';

/** An exported file whose second person's name holds a line break (the form would refuse it). */
async function brokenFile(powermap: Powermap): Promise<Buffer> {
  const a = await powermap.call<{ id: string }>('createAccount', { name: '华东零售' });
  await powermap.call('createPerson', { accountId: a.id, name: '王丽', title: '采购总监', stance: 'ally' });
  await powermap.call('createPerson', { accountId: a.id, name: '李娜' });
  const file = await powermap.call<{ json: string }>('exportAccountJson', { accountId: a.id });
  await powermap.call('deleteAccount', { id: a.id });
  const doc = JSON.parse(file.json) as { people: Array<{ name: string }> };
  doc.people[1]!.name = '李\n娜';
  return Buffer.from(JSON.stringify(doc));
}

async function importFile(page: Page, button: string, label: string, buffer: Buffer): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('dialog').getByLabel(label).setInputFiles({ name: 'broken.powermap.json', mimeType: 'application/json', buffer });
}

test.describe('a refused account file (en)', () => {
  test.use({ seedSample: false });
  test('says which person and field, and why; nothing is imported', async ({ page, powermap }) => {
    const buffer = await brokenFile(powermap);
    await powermap.open();
    await importFile(page, 'Import account file…', 'Choose an account file (JSON)', buffer);
    await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(
      'Nothing was imported: this account file breaks the app’s rules (1 found). The first: person 2 “李 娜”, field “name”: This text contains invisible control characters. Please retype it.',
    );
    expect(await powermap.call<unknown[]>('listAccounts', {})).toEqual([]);
  });
});

test.describe('a refused account file (zh-CN)', () => {
  test.use({ seedSample: false, systemLocale: 'zh-CN' });
  test('says which person and field, and why, in Chinese', async ({ page, powermap }) => {
    const buffer = await brokenFile(powermap);
    await powermap.open();
    await importFile(page, '导入客户文件…', '选择客户文件（JSON）', buffer);
    await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('未导入任何数据：该客户文件有 1 处不符合应用的规则。第一处：第 2 位人员“李 娜”，字段“name”：文字中含有不可见的控制字符，请重新输入。');
    expect(await powermap.call<unknown[]>('listAccounts', {})).toEqual([]);
  });
});
