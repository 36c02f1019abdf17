import { describe, expect, it } from 'vitest';
import { analyzeRow, resolveRows } from '../../../shared/import/analyze';
import { mappingProblems, type ImportMapping } from '../../../shared/import/fields';
import { suggestMapping } from '../../../shared/import/headers';
import { parseBoolean, parseBuyingRole, parseDate, parseStance } from '../../../shared/import/values';

describe('suggested column mapping', () => {
  it('recognises Chinese headers', () => {
    expect(suggestMapping(['姓名', '职务', '部门', '角色', '立场', '影响力', '上级', '已见面', '最近联系', '备注', '手机'])).toEqual([
      'name', 'title', 'department', 'buyingRole', 'stance', 'authority', 'reportsTo', 'met', 'lastContact', 'notes', null,
    ]);
    expect(suggestMapping(['名字', '职位', '态度'])).toEqual(['name', 'title', 'stance']);
  });

  it('recognises English headers in any case and spacing, and ignores unknown ones', () => {
    expect(suggestMapping(['Full Name', 'Job Title', 'Dept.', 'Buying role', 'STANCE', 'Reports to', 'Phone'])).toEqual([
      'name', 'title', 'department', 'buyingRole', 'stance', 'reportsTo', null,
    ]);
    expect(suggestMapping(['Name (required)', '姓名（必填）'])).toEqual(['name', null]);
  });

  it('maps each field once: the leftmost column wins', () => {
    expect(suggestMapping(['姓名', 'Name'])).toEqual(['name', null]);
  });

  it('reports a missing name column and a field mapped twice', () => {
    expect(mappingProblems(['title', null]).map((p) => p.messageKey)).toEqual(['error.import.noNameColumn']);
    expect(mappingProblems(['name', 'title', 'title'])).toEqual([
      { messageKey: 'error.import.fieldMappedTwice', params: { field: 'title', column: 3, firstColumn: 2 } },
    ]);
    expect(mappingProblems(['name'])).toEqual([]);
  });
});

describe('cell values in English and Chinese', () => {
  it('reads stances', () => {
    expect(['盟友', '支持', '中立', '怀疑', '反对', '未知', 'Ally', 'supporter', ' Skeptic ', '+2', '-1'].map(parseStance)).toEqual([
      'ally', 'supporter', 'neutral', 'skeptic', 'opponent', 'unknown', 'ally', 'supporter', 'skeptic', 'ally', 'skeptic',
    ]);
    expect(() => parseStance('friendly')).toThrow();
  });

  it('reads buying roles', () => {
    expect(['决策者', '批准者', '影响者', '评估者', '使用者', '把关者', 'Decision Maker', 'decision-maker', 'gatekeeper'].map(parseBuyingRole)).toEqual([
      'decision-maker', 'approver', 'influencer', 'evaluator', 'user', 'gatekeeper', 'decision-maker', 'decision-maker', 'gatekeeper',
    ]);
    expect(() => parseBuyingRole('boss')).toThrow();
  });

  it('reads yes/no and dates', () => {
    expect(['是', '否', 'Yes', 'no', '1', '0', '√'].map(parseBoolean)).toEqual([true, false, true, false, true, false, true]);
    expect(['2026/3/1', '2026-03-01', '2026年3月1日', '2026.3.1', '2026-03-01 00:00'].map(parseDate)).toEqual(Array(5).fill('2026-03-01'));
    expect(() => parseDate('3/1/2026')).toThrow();
  });
});

describe('row validation', () => {
  const mapping: ImportMapping = ['name', 'title', 'stance', 'authority', 'reportsTo', 'lastContact', 'isTopDecisionMaker'];

  it('turns a good row into person fields', () => {
    const row = analyzeRow(['  王丽 ', '总经理', '支持', '5', '', '2026/3/1', '是'], 2, mapping);
    expect(row.issues).toEqual([]);
    expect(row.person).toEqual({ name: '王丽', title: '总经理', stance: 'supporter', authority: 5, lastContact: '2026-03-01', isTopDecisionMaker: true });
  });

  it('lists each bad cell with its row and column number and the form’s error key', () => {
    const row = analyzeRow(['', 'x', 'friendly', '9', '', '2026-02-30', 'maybe'], 7, mapping);
    expect(row.person).toBeNull();
    expect(row.issues.map((i) => [i.rowNumber, i.column, i.field, i.messageKey]).sort()).toEqual(
      [
        [7, 1, 'name', 'error.text.empty'],
        [7, 3, 'stance', 'error.enum.stance'],
        [7, 4, 'authority', 'error.rating.invalid'],
        [7, 6, 'lastContact', 'error.date.invalid'],
        [7, 7, 'isTopDecisionMaker', 'error.boolean.invalid'],
      ].sort(),
    );
  });

  it('flags duplicates, resolves reports-to names and refuses a second top decision-maker', async () => {
    const cells = [
      ['Ann', 'CEO', '', '', '', '', 'yes'],
      ['Bob', 'CFO', '', '', 'ann', '', ''],
      ['Bob', 'CFO', '', '', 'Ann', '', ''],
      ['Cy', 'Buyer', '', '', 'Nobody', '', 'yes'],
      ['Dee', 'Buyer', '', '', 'Eve', '', ''],
      ['Eve', 'Buyer', '', '', '', '', ''],
      ['Eve', 'Clerk', '', '', 'Eve', '', ''],
      ['Old Boss', 'VP', '', '', 'Zed', '', ''],
    ];
    const rows = cells.map((c, i) => analyzeRow(c, i + 2, mapping));
    await resolveRows(rows, cells.map((c) => c[0]!), cells.map((c) => c[1]!), [{ id: 'p-zed', name: 'Zed', title: 'Chair' }, { id: 'p-old', name: 'old boss', title: 'vp' }], 5);
    expect(rows[2]!.duplicateOf).toEqual({ kind: 'row', rowNumber: 3 });
    expect(rows[7]!.duplicateOf).toEqual({ kind: 'existing', personId: 'p-old', name: 'old boss' });
    expect(rows[1]!.reportsTo).toEqual({ kind: 'row', rowNumber: 2 });
    expect(rows[7]!.reportsTo).toEqual({ kind: 'existing', personId: 'p-zed', name: 'Zed' });
    const keys = (i: number) => rows[i]!.issues.map((x) => x.messageKey);
    expect(keys(3)).toEqual(['error.import.twoTopDecisionMakers', 'error.import.reportsToNotFound']);
    expect(keys(4)).toEqual(['error.import.reportsToAmbiguous']);
    expect(keys(6)).toEqual(['error.import.reportsToAmbiguous']);
    expect(rows[3]!.issues[1]).toMatchObject({ rowNumber: 5, column: 5, params: { name: 'Nobody' } });
    expect(keys(0)).toEqual([]);
  });
});
