import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadSource, readTable } from '../../../electron/import/readTable';
import { ServiceError } from '../../../shared/ipc/errors';
import { fixture } from './helpers';

const read = async (name: string, sheet: string | null = null) => readTable(await loadSource({ path: fixture(name) }), sheet);

async function refusal(name: string): Promise<string> {
  try {
    await read(name);
  } catch (err) {
    if (err instanceof ServiceError) return err.payload.messageKey;
    throw err;
  }
  throw new Error(`${name} was not refused`);
}

const ZH_HEADERS = ['姓名', '职位', '部门', '角色', '态度', '影响力', '上级', '已见面', '最近联系', '备注'];

describe('reading CSV in the encodings reps send', () => {
  it.each([
    ['people-zh-utf8.csv', 'utf-8'],
    ['people-zh-utf8-bom.csv', 'utf-8-bom'],
    ['people-zh-gbk.csv', 'gb18030'],
  ])('%s is read as %s with the same Chinese text', async (name, encoding) => {
    const t = await read(name);
    expect(t.encoding).toBe(encoding);
    expect(t.headers).toEqual(ZH_HEADERS);
    expect(t.rows[1]).toEqual(['李强', '采购总监', '采购部', '批准者', '中立', '4', '王丽', '否', '', '关注价格, 交期']);
    expect(t.rowNumbers).toEqual([2, 3, 4, 5]);
  });

  it('reads a short GBK file as GB18030 even where chardet would guess Big5 or Latin-1', async () => {
    for (const text of ['姓名,职位\n王丽,总经理\n', 'Name,Title\nWang Li,总经理\nZhang Wei,Manager\n']) {
      const t = await readTable({ fileName: 'short.csv', bytes: iconv.encode(text, 'gbk') }, null);
      expect(t.encoding).toBe('gb18030');
      expect([t.headers, ...t.rows].map((r) => r.join(',')).join('\n') + '\n').toBe(text);
    }
  });

  it('lets the rep force an encoding when the characters look wrong', async () => {
    const text = 'Name,Title\nMüller,Geschäftsführer\n';
    const bytes = iconv.encode(text, 'latin1');
    expect((await readTable({ fileName: 'de.csv', bytes }, null)).rows[0]).not.toEqual(['Müller', 'Geschäftsführer']);
    const forced = await readTable({ fileName: 'de.csv', bytes }, null, () => {}, 'windows-1252');
    expect(forced).toMatchObject({ encoding: 'windows-1252', rows: [['Müller', 'Geschäftsführer']] });
    const big5 = await readTable({ fileName: 'tw.csv', bytes: iconv.encode('姓名,職位\n王麗,總經理\n', 'big5') }, null, () => {}, 'big5');
    expect(big5.rows).toEqual([['王麗', '總經理']]);
  });

  it('reads UTF-16 (Excel "Unicode text") and tab-separated files', async () => {
    const text = '姓名\t职位\r\n王丽\t总经理\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const t = await readTable({ fileName: 'people.txt', bytes }, null);
    expect(t.encoding).toBe('utf-16le');
    expect(t.headers).toEqual(['姓名', '职位']);
    expect(t.rows).toEqual([['王丽', '总经理']]);
  });
});

describe('reading XLSX', () => {
  it('picks the first sheet with data and turns rich text, formulas and dates into text', async () => {
    const t = await read('people-zh.xlsx');
    expect(t.format).toBe('xlsx');
    expect(t.sheets).toEqual(['说明', '人员']);
    expect(t.sheet).toBe('人员');
    expect(t.headers).toEqual(['姓名', '职务', '部门', '角色', '立场', '影响力', '上级', '最近联系']);
    expect(t.rows[0]).toEqual(['王丽', '总经理', '总经办', '决策者', '盟友', '5', '', '2026-03-01']);
    expect(t.rows[2]!.slice(0, 7)).toEqual(['张伟', '采购经理', '采购部', '影响者', '反对', '3', '李强']);
  });

  it('reads the sheet the rep chose, and refuses a sheet that does not exist', async () => {
    expect((await read('people-zh.xlsx', '人员')).rows).toHaveLength(3);
    await expect(read('people-zh.xlsx', '说明')).rejects.toMatchObject({ payload: { messageKey: 'error.import.noRows' } });
    await expect(read('people-zh.xlsx', 'Nope')).rejects.toMatchObject({ payload: { messageKey: 'error.import.sheetNotFound', params: { sheet: 'Nope' } } });
  });
});

describe('refusing unusable files', () => {
  it.each([
    ['truncated.xlsx', 'error.import.xlsxUnreadable'],
    ['garbage.csv', 'error.import.notText'],
    ['empty.csv', 'error.import.empty'],
    ['header-only.csv', 'error.import.noRows'],
  ])('%s → %s', async (name, key) => {
    expect(await refusal(name)).toBe(key);
  });

  it('refuses a non-ZIP file named .xlsx and an old .xls', async () => {
    await expect(readTable({ fileName: 'a.xlsx', bytes: Buffer.from('姓名\n王丽\n') }, null)).rejects.toMatchObject({ payload: { messageKey: 'error.import.xlsxUnreadable' } });
    const ole = Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex');
    await expect(readTable({ fileName: 'a.csv', bytes: ole }, null)).rejects.toMatchObject({ payload: { messageKey: 'error.import.xlsUnsupported' } });
  });

  it('refuses a path that is not a readable file', async () => {
    await expect(loadSource({ path: fixture('no-such-file.csv') })).rejects.toMatchObject({ payload: { messageKey: 'error.import.cannotRead' } });
    expect(fs.existsSync(fixture('no-such-file.csv'))).toBe(false);
  });
});
