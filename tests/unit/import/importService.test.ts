import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../../shared/import/fields';
import { call, callError, openTestApp, tableCounts, tempDir } from '../service/helpers';
import { fileSource, fixture, preview } from './helpers';

async function setup() {
  const app = openTestApp();
  const account = await call(app.service, 'createAccount', { name: '贝乐母婴' });
  return { app, service: app.service, accountId: account.id };
}

describe('import preview', () => {
  it('suggests the mapping, shows rows, row-numbered errors and totals for a GBK file', async () => {
    const { service, accountId } = await setup();
    const p = await preview(service, accountId, fileSource(fixture('people-zh-gbk.csv')));
    expect(p).toMatchObject({ fileName: 'people-zh-gbk.csv', format: 'csv', encoding: 'gb18030', mappingProblems: [] });
    expect(p.suggestedMapping).toEqual(['name', 'title', 'department', 'buyingRole', 'stance', 'authority', 'reportsTo', 'met', 'lastContact', 'notes']);
    expect(p.columns[0]).toEqual({ index: 0, header: '姓名', samples: ['王丽', '李强', '张伟'] });
    expect(p.totals).toEqual({ rows: 4, valid: 4, withErrors: 0, duplicates: 0, relationships: 3 });
    expect(p.rows[1]).toMatchObject({
      rowNumber: 3,
      person: { name: '李强', title: '采购总监', buyingRole: 'approver', stance: 'neutral', authority: 4, met: false, notes: '关注价格, 交期' },
      reportsToName: '王丽',
      issues: [],
    });
  });

  it('lists every bad row with its row number, and the valid ones', async () => {
    const { service, accountId } = await setup();
    const p = await preview(service, accountId, fileSource(fixture('people-errors.csv')));
    expect(p.totals).toMatchObject({ rows: 6, valid: 1, withErrors: 5 });
    expect(p.errors.map((e) => [e.rowNumber, e.field, e.messageKey])).toEqual([
      [3, 'name', 'error.text.empty'],
      [4, 'stance', 'error.enum.stance'],
      [5, 'authority', 'error.rating.invalid'],
      [6, 'reportsTo', 'error.import.reportsToNotFound'],
      [7, 'lastContact', 'error.date.invalid'],
    ]);
  });

  it('flags likely duplicates (same name and title) in the file and against the account', async () => {
    const { service, accountId } = await setup();
    const alice = (await call(service, 'createPerson', { accountId, name: 'alice chen', title: 'ceo' })).person;
    const p = await preview(service, accountId, fileSource(fixture('people-en.csv')));
    expect(p.duplicates).toEqual([
      { rowNumber: 2, name: 'Alice Chen', title: 'CEO', of: { kind: 'existing', personId: alice.id, name: 'alice chen' } },
      { rowNumber: 5, name: 'Bob Li', title: 'CFO', of: { kind: 'row', rowNumber: 3 } },
    ]);
    expect(p.totals.duplicates).toBe(2);
  });

  it('re-validates when the rep changes the mapping', async () => {
    const { service, accountId } = await setup();
    const started = await call(service, 'startImport', { accountId, source: fileSource(fixture('wrong-columns.csv')) });
    const first = await call(service, 'previewImport', { importId: started.importId });
    expect(first.mappingProblems).toEqual([{ messageKey: 'error.import.noNameColumn' }]);
    expect(first.errors).toEqual([]);
    const remapped = await call(service, 'previewImport', { importId: started.importId, mapping: ['name', null, 'authority'] });
    expect(remapped.mappingProblems).toEqual([]);
    expect(remapped.rows.map((r) => r.person)).toEqual([{ name: '1', authority: 3 }, null]);
    expect(remapped.errors).toEqual([{ rowNumber: 3, column: 3, field: 'authority', messageKey: 'error.rating.invalid' }]);
  });

  it('reports progress until the preview is ready', async () => {
    const { service, accountId } = await setup();
    const started = await call(service, 'startImport', { accountId, source: fileSource(fixture('people-zh.xlsx')) });
    expect(started.phase).toBe('reading');
    await call(service, 'previewImport', { importId: started.importId });
    expect(await call(service, 'getImportProgress', { importId: started.importId })).toEqual({
      importId: started.importId, phase: 'ready', processedRows: 3, totalRows: 3, error: null,
    });
  });
});

describe('import commit', () => {
  it('writes people, reports-to lines and their history in one go', async () => {
    const { app, service, accountId } = await setup();
    const p = await preview(service, accountId, fileSource(fixture('people-zh-utf8-bom.csv')));
    const before = tableCounts(app);
    const result = await call(service, 'commitImport', { importId: p.importId });
    expect(result).toEqual({ accountId, peopleCreated: 4, relationshipsCreated: 3, rowsSkipped: 0, relationshipsSkipped: 0 });
    const map = await call(service, 'getAccountMap', { accountId });
    const byName = new Map(map.people.map((x) => [x.name, x]));
    expect(byName.get('王丽')).toMatchObject({ title: '总经理', buyingRole: 'decision-maker', stance: 'supporter', authority: 5, met: true, lastContact: '2026-03-01' });
    const reports = map.relationships.filter((r) => r.type === 'reports-to').map((r) => `${map.people.find((x) => x.id === r.fromId)!.name}→${map.people.find((x) => x.id === r.toId)!.name}`);
    expect(reports.sort()).toEqual(['张伟→李强', '李强→王丽', '赵敏→李强']);
    const after = tableCounts(app);
    expect(after.people! - before.people!).toBe(4);
    expect(after.history! - before.history!).toBe(7);
    // The file is not kept after the commit; committing twice is refused.
    expect((await callError(service, 'commitImport', { importId: p.importId })).messageKey).toBe('error.import.alreadyCommitted');
  });

  it('refuses to commit while any row has errors, unless the rep chose to skip those rows', async () => {
    const { app, service, accountId } = await setup();
    const p = await preview(service, accountId, fileSource(fixture('people-errors.csv')));
    const before = tableCounts(app);
    const err = await callError(service, 'commitImport', { importId: p.importId });
    expect(err).toMatchObject({ code: 'validation', messageKey: 'error.import.rowsHaveErrors', params: { count: 5, firstRow: 3 } });
    expect(tableCounts(app)).toEqual(before);
    const ok = await call(service, 'commitImport', { importId: p.importId, rowsWithErrors: 'skip' });
    expect(ok).toMatchObject({ peopleCreated: 1, rowsSkipped: 5 });
    expect((await call(service, 'getAccountMap', { accountId })).people.map((x) => x.name)).toEqual(['Good Person']);
  });

  it('can leave likely duplicates out', async () => {
    const { service, accountId } = await setup();
    const p = await preview(service, accountId, fileSource(fixture('people-en.csv')));
    const r = await call(service, 'commitImport', { importId: p.importId, duplicates: 'skip' });
    expect(r).toEqual({ accountId, peopleCreated: 3, relationshipsCreated: 2, rowsSkipped: 1, relationshipsSkipped: 0 });
  });

  it('is all or nothing: a reports-to loop in the file rolls every row back', async () => {
    const { app, service, accountId } = await setup();
    const dir = tempDir();
    const file = path.join(dir, 'loop.csv');
    fs.writeFileSync(file, 'name,reports to\nA,B\nB,C\nC,A\n');
    const p = await preview(service, accountId, fileSource(file));
    expect(p.totals).toMatchObject({ valid: 3, relationships: 3 });
    const before = tableCounts(app);
    const err = await callError(service, 'commitImport', { importId: p.importId });
    expect(err).toMatchObject({ messageKey: 'error.import.rowRejected', params: { row: 4, reason: 'error.relationship.cycle' } });
    expect(tableCounts(app)).toEqual(before);
  });

  it('moves the top decision-maker flag through the same code path as the form', async () => {
    const { service, accountId } = await setup();
    const boss = (await call(service, 'createPerson', { accountId, name: 'Old Boss', isTopDecisionMaker: true })).person;
    const dir = tempDir();
    const file = path.join(dir, 'tdm.csv');
    fs.writeFileSync(file, '姓名,最高决策者,上级\n新老板,是,\n助理,否,Old Boss\n');
    const p = await preview(service, accountId, fileSource(file));
    await call(service, 'commitImport', { importId: p.importId });
    const map = await call(service, 'getAccountMap', { accountId });
    expect(map.people.filter((x) => x.isTopDecisionMaker).map((x) => x.name)).toEqual(['新老板']);
    const assistant = map.people.find((x) => x.name === '助理')!;
    expect(map.relationships).toContainEqual(expect.objectContaining({ fromId: assistant.id, toId: boss.id, type: 'reports-to' }));
  });
});

describe('malformed files are refused with a clear message and nothing written', () => {
  it.each([
    ['truncated.xlsx', 'error.import.xlsxUnreadable'],
    ['garbage.csv', 'error.import.notText'],
    ['empty.csv', 'error.import.empty'],
    ['header-only.csv', 'error.import.noRows'],
  ])('%s → %s', async (name, key) => {
    const { app, service, accountId } = await setup();
    const before = tableCounts(app);
    const started = await call(service, 'startImport', { accountId, source: fileSource(fixture(name)) });
    expect((await callError(service, 'previewImport', { importId: started.importId })).messageKey).toBe(key);
    expect(await call(service, 'getImportProgress', { importId: started.importId })).toMatchObject({ phase: 'failed', error: { messageKey: key } });
    expect((await callError(service, 'commitImport', { importId: started.importId })).messageKey).toBe(key);
    expect(tableCounts(app)).toEqual(before);
  });

  it('refuses to commit a file without a name column', async () => {
    const { app, service, accountId } = await setup();
    const p = await preview(service, accountId, fileSource(fixture('wrong-columns.csv')));
    const before = tableCounts(app);
    expect((await callError(service, 'commitImport', { importId: p.importId })).messageKey).toBe('error.import.noNameColumn');
    expect(tableCounts(app)).toEqual(before);
  });

  it(`refuses a file over ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB`, async () => {
    const { app, service, accountId } = await setup();
    const file = path.join(tempDir(), 'huge.csv');
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, 'name\n');
    fs.ftruncateSync(fd, IMPORT_LIMITS.maxBytes + 1);
    fs.closeSync(fd);
    const before = tableCounts(app);
    const base64 = fs.readFileSync(file).toString('base64');
    expect((await callError(service, 'startImport', { accountId, source: { fileName: 'huge.csv', base64 } })).messageKey).toBe('error.import.tooLarge');
    expect(tableCounts(app)).toEqual(before);
  });

  it('accepts bytes sent as base64 by the renderer', async () => {
    const { service, accountId } = await setup();
    const base64 = fs.readFileSync(fixture('people-zh.xlsx')).toString('base64');
    const p = await preview(service, accountId, { fileName: 'people-zh.xlsx', base64 });
    expect(p).toMatchObject({ format: 'xlsx', sheet: '人员', totals: { rows: 3, valid: 3, relationships: 2 } });
  });

  it('re-reads a CSV in the encoding the rep chose', async () => {
    const { service, accountId } = await setup();
    const p = await preview(service, accountId, fileSource(fixture('people-zh-gbk.csv')), { encoding: 'big5' });
    expect(p.encoding).toBe('big5');
    expect(p.columns[0]!.header).not.toBe('姓名');
  });

  it('answers unknown imports and accounts with typed errors', async () => {
    const { service } = await setup();
    expect((await callError(service, 'getImportProgress', { importId: 'nope' })).messageKey).toBe('error.import.notFound');
    expect((await callError(service, 'startImport', { accountId: 'nope', source: fileSource(fixture('people-en.csv')) })).messageKey).toBe('error.notFound.account');
  });
});
