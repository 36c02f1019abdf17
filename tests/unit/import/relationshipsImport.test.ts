// Relationships from files through startImport → previewImport → commitImport: kind detected and
// overridable, names resolved against the file and the account, the form's refusals as row errors,
// one transaction (people first when an XLSX brings both), and the people import's rule for errors.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { call, callError, openTestApp, tableCounts, tempDir } from '../service/helpers';
import { fileSource, fixture, preview } from './helpers';

async function setup() {
  const app = openTestApp();
  const account = await call(app.service, 'createAccount', { name: 'BabyJoy' });
  return { app, service: app.service, accountId: account.id };
}

/** An account with people named as in relationships-en.csv. */
async function withPeople() {
  const s = await setup();
  const ids: Record<string, string> = {};
  for (const name of ['Alice Chen', 'Bob Li', 'Carol Wu']) ids[name] = (await call(s.service, 'createPerson', { accountId: s.accountId, name })).person.id;
  return { ...s, ids };
}

const csv = (name: string, lines: string[]) => {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, lines.join('\n'));
  return fileSource(file);
};

async function edges(service: Awaited<ReturnType<typeof setup>>['service'], accountId: string): Promise<string[]> {
  const map = await call(service, 'getAccountMap', { accountId });
  const name = (id: string) => map.people.find((p) => p.id === id)!.name;
  return map.relationships.map((r) => `${name(r.fromId)} ${r.type}${r.strength ? `(${r.strength})` : ''} ${name(r.toId)}`).sort();
}

describe('a relationships file', () => {
  it('is recognised from its headers; names resolve against the account; the preview shows whom each row means', async () => {
    const { service, accountId, ids } = await withPeople();
    const p = await preview(service, accountId, fileSource(fixture('relationships-en.csv')));
    expect(p).toMatchObject({ kind: 'relationships', detectedKind: 'relationships', mapping: ['from', 'to', 'type', 'strength'], mappingProblems: [], unmapped: [], companion: null });
    expect(p.totals).toEqual({ rows: 3, valid: 3, withErrors: 0, duplicates: 0, relationships: 3 });
    expect(p.rows[1]!.relationship).toEqual({
      fromName: 'Carol Wu', toName: 'Bob Li', type: 'influences', strength: 1,
      from: { kind: 'existing', personId: ids['Carol Wu'], name: 'Carol Wu' }, to: { kind: 'existing', personId: ids['Bob Li'], name: 'Bob Li' },
    });
  });

  it('commits every relationship in one go, with history, through the form’s code path', async () => {
    const { app, service, accountId } = await withPeople();
    const p = await preview(service, accountId, fileSource(fixture('relationships-en.csv')));
    const before = tableCounts(app);
    expect(await call(service, 'commitImport', { importId: p.importId })).toEqual({ accountId, peopleCreated: 0, relationshipsCreated: 3, rowsSkipped: 0, relationshipsSkipped: 0 });
    expect(await edges(service, accountId)).toEqual(['Bob Li reports-to Alice Chen', 'Carol Wu close-to Alice Chen', 'Carol Wu influences(1) Bob Li']);
    const after = tableCounts(app);
    expect(after.relationships! - before.relationships!).toBe(3);
    expect(after.history! - before.history!).toBe(3);
  });

  it('reads Chinese headers and values; an influence without a strength gets the form’s default', async () => {
    const { service, accountId } = await setup();
    for (const name of ['王丽', '李强', '张伟', '赵敏']) await call(service, 'createPerson', { accountId, name });
    const p = await preview(service, accountId, fileSource(fixture('relationships-zh.csv')));
    expect(p).toMatchObject({ kind: 'relationships', totals: { valid: 4, withErrors: 0 } });
    await call(service, 'commitImport', { importId: p.importId });
    expect(await edges(service, accountId)).toEqual(['张伟 influences(3) 李强', '李强 reports-to 王丽', '王丽 conflicts-with 张伟', '赵敏 close-to 张伟']);
    const q = await preview(service, accountId, csv('r.csv', ['从,到,关系', '赵敏,王丽,影响']));
    await call(service, 'commitImport', { importId: q.importId });
    expect(await edges(service, accountId)).toContain('赵敏 influences(2) 王丽');
  });

  it('makes unknown and ambiguous names row errors with the name', async () => {
    const { service, accountId } = await withPeople();
    await call(service, 'createPerson', { accountId, name: 'bob li', title: 'Another Bob' });
    const p = await preview(service, accountId, csv('r.csv', ['From,To,Type', 'Nobody,Alice Chen,influences', 'Carol Wu,Bob Li,influences', 'Carol Wu,Alice Chen,close to']));
    expect(p.errors).toEqual([
      { rowNumber: 2, column: 1, field: 'from', messageKey: 'error.import.personNotFound', params: { name: 'Nobody' } },
      { rowNumber: 3, column: 2, field: 'to', messageKey: 'error.import.personAmbiguous', params: { name: 'Bob Li' } },
    ]);
    expect(p.totals).toMatchObject({ rows: 3, valid: 1, withErrors: 2 });
  });

  it('refuses what the form refuses: self-links, duplicates (reversed too for symmetric types), reports-to loops, strength on other types, bad cells', async () => {
    const { service, accountId, ids } = await withPeople();
    await call(service, 'createRelationship', { accountId, fromId: ids['Bob Li']!, toId: ids['Alice Chen']!, type: 'reports-to' });
    await call(service, 'createRelationship', { accountId, fromId: ids['Alice Chen']!, toId: ids['Carol Wu']!, type: 'close-to' });
    const p = await preview(service, accountId, csv('r.csv', [
      'From,To,Type,Strength',
      'Carol Wu,Carol Wu,influences,2', // 2: self
      'Bob Li,Alice Chen,reports to,', // 3: already on the map
      'Carol Wu,Alice Chen,close to,', // 4: the existing close-to, reversed
      'Alice Chen,Bob Li,reports to,', // 5: loop with the existing line
      'Carol Wu,Bob Li,reports to,', // 6: ok
      'Bob Li,Carol Wu,reports to,', // 7: loop with row 6
      'Carol Wu,Bob Li,conflicts with,', // 8: ok
      'Bob Li,Carol Wu,conflicts with,', // 9: row 8 reversed
      'Alice Chen,Bob Li,close to,3', // 10: strength on close-to
      'Alice Chen,Bob Li,likes,', // 11: unknown type
      'Alice Chen,Bob Li,influences,5', // 12: strength out of range
      ',Bob Li,influences,', // 13: no name
    ]));
    expect(p.errors.map((e) => [e.rowNumber, e.field, e.messageKey])).toEqual([
      [2, 'to', 'error.relationship.self'],
      [3, null, 'error.relationship.duplicate'],
      [4, null, 'error.relationship.duplicate'],
      [5, null, 'error.relationship.cycle'],
      [7, null, 'error.relationship.cycle'],
      [9, null, 'error.relationship.duplicate'],
      [10, 'strength', 'error.relationship.strengthNotAllowed'],
      [11, 'type', 'error.enum.relationshipType'],
      [12, 'strength', 'error.strength.invalid'],
      [13, 'from', 'error.text.empty'],
    ]);
    expect(p.totals).toMatchObject({ rows: 12, valid: 2, withErrors: 10 });
  });

  it('follows the people import’s rule for errors: refused whole by default (nothing written), or only the valid rows', async () => {
    const { app, service, accountId } = await withPeople();
    const p = await preview(service, accountId, csv('r.csv', ['From,To,Type', 'Bob Li,Alice Chen,reports to', 'Nobody,Alice Chen,influences', 'Carol Wu,Bob Li,influences']));
    const before = tableCounts(app);
    expect(await callError(service, 'commitImport', { importId: p.importId })).toMatchObject({ messageKey: 'error.import.rowsHaveErrors', params: { count: 1, firstRow: 3 } });
    expect(tableCounts(app)).toEqual(before);
    expect(await call(service, 'commitImport', { importId: p.importId, rowsWithErrors: 'skip' })).toMatchObject({ relationshipsCreated: 2, rowsSkipped: 1 });
    expect(await edges(service, accountId)).toEqual(['Bob Li reports-to Alice Chen', 'Carol Wu influences(2) Bob Li']);
  });

  it('checks the rows again at commit, against the account as it is then', async () => {
    const { app, service, accountId, ids } = await withPeople();
    const p = await preview(service, accountId, csv('r.csv', ['From,To,Type', 'Carol Wu,Alice Chen,influences', 'Bob Li,Alice Chen,reports to']));
    expect(p.totals.valid).toBe(2);
    // Made by hand between preview and commit: row 3 now closes a loop.
    await call(service, 'createRelationship', { accountId, fromId: ids['Alice Chen']!, toId: ids['Bob Li']!, type: 'reports-to' });
    const before = tableCounts(app);
    expect(await callError(service, 'commitImport', { importId: p.importId })).toMatchObject({ messageKey: 'error.import.rowsHaveErrors', params: { count: 1, firstRow: 3 } });
    expect(tableCounts(app)).toEqual(before);
  });

  it('opened as a people file says what it looks like, and switches with one call', async () => {
    const { service, accountId } = await withPeople();
    const p = await preview(service, accountId, fileSource(fixture('relationships-en.csv')), { kind: 'people' });
    expect(p).toMatchObject({ kind: 'people', detectedKind: 'relationships', mappingProblems: [{ messageKey: 'error.import.looksLikeRelationships' }] });
    expect(await callError(service, 'commitImport', { importId: p.importId })).toMatchObject({ messageKey: 'error.import.looksLikeRelationships' });
    const switched = await call(service, 'previewImport', { importId: p.importId, kind: 'relationships' });
    expect(switched).toMatchObject({ kind: 'relationships', mapping: ['from', 'to', 'type', 'strength'], mappingProblems: [], totals: { valid: 3 } });
    // And back: a people file read as relationships says so too.
    const people = await preview(service, accountId, fileSource(fixture('people-en.csv')), { kind: 'relationships' });
    expect(people.mappingProblems).toEqual([{ messageKey: 'error.import.looksLikePeople' }]);
  });

  it('answers a preview with a kind or mapping after the commit with a typed error', async () => {
    const { service, accountId } = await withPeople();
    const p = await preview(service, accountId, fileSource(fixture('relationships-en.csv')));
    await call(service, 'commitImport', { importId: p.importId });
    expect(await callError(service, 'previewImport', { importId: p.importId, kind: 'people' })).toMatchObject({ messageKey: 'error.import.alreadyCommitted' });
    expect(await callError(service, 'previewImport', { importId: p.importId, mapping: ['from', 'to', 'type', null] })).toMatchObject({ messageKey: 'error.import.alreadyCommitted' });
  });

  it('keeps the people import working for people files (kind detected as people)', async () => {
    const { service, accountId } = await setup();
    const p = await preview(service, accountId, fileSource(fixture('people-zh-utf8.csv')));
    expect(p).toMatchObject({ kind: 'people', detectedKind: 'people', companion: null, totals: { valid: 4, relationships: 3 } });
  });
});

describe('an XLSX with a people sheet and a relationships sheet', () => {
  it('previews both and imports both in one transaction, people first so names resolve to the new people', async () => {
    const { app, service, accountId } = await setup();
    const p = await preview(service, accountId, fileSource(fixture('people-and-relationships.xlsx')));
    expect(p).toMatchObject({ kind: 'people', sheet: '人员', sheets: ['人员', '关系'], totals: { rows: 3, valid: 3, withErrors: 0 } });
    expect(p.unmapped.map((c) => c.header)).toEqual(['微信']);
    expect(p.companion).toMatchObject({ kind: 'relationships', sheet: '关系', mapping: ['from', 'to', 'type', 'strength'], mappingProblems: [], totals: { rows: 3, valid: 3, withErrors: 0 } });
    expect(p.companion!.rows[0]!.relationship).toMatchObject({ fromName: '吴敏', from: { kind: 'row', rowNumber: 3 }, to: { kind: 'row', rowNumber: 2 } });
    const before = tableCounts(app);
    expect(await call(service, 'commitImport', { importId: p.importId })).toEqual({ accountId, peopleCreated: 3, relationshipsCreated: 3, rowsSkipped: 0, relationshipsSkipped: 0 });
    expect(await edges(service, accountId)).toEqual(['吴敏 reports-to 周峰', '郑凯 conflicts-with 周峰', '郑凯 influences(2) 吴敏']);
    const map = await call(service, 'getAccountMap', { accountId });
    expect(map.people.find((x) => x.name === '周峰')).toMatchObject({ met: true, lastContact: '2026-02-10' });
    expect(tableCounts(app).history! - before.history!).toBe(6);
  });

  it('writes nothing when a relationship row is refused (default rule), and checks the sheet against the people sheet’s reports-to lines', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('People').addRows([['Name', 'Reports to'], ['Ann', ''], ['Ben', 'Ann']]);
    wb.addWorksheet('Relationships').addRows([['From', 'To', 'Type'], ['Ann', 'Ben', 'reports to'], ['Ben', 'Ann', 'reports to'], ['Ben', 'Zed', 'influences']]);
    const file = path.join(tempDir(), 'crm.xlsx');
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const { app, service, accountId } = await setup();
    const p = await preview(service, accountId, fileSource(file));
    expect(p.companion!.errors.map((e) => [e.rowNumber, e.messageKey])).toEqual([
      [2, 'error.relationship.cycle'],
      [3, 'error.relationship.duplicate'],
      [4, 'error.import.personNotFound'],
    ]);
    const before = tableCounts(app);
    expect(await callError(service, 'commitImport', { importId: p.importId })).toMatchObject({ messageKey: 'error.import.rowsHaveErrors', params: { count: 3 } });
    expect(tableCounts(app)).toEqual(before);
    expect(await call(service, 'commitImport', { importId: p.importId, rowsWithErrors: 'skip' })).toEqual({ accountId, peopleCreated: 2, relationshipsCreated: 1, rowsSkipped: 3, relationshipsSkipped: 0 });
  });

  it('is one transaction: a failure while writing the last relationship leaves no person and no relationship behind', async () => {
    const { app, service, accountId } = await setup();
    const p = await preview(service, accountId, fileSource(fixture('people-and-relationships.xlsx')));
    const insert = app.store.relationships.insert.bind(app.store.relationships);
    let n = 0;
    app.store.relationships.insert = (r) => {
      if (++n === 3) throw new Error('disk gone');
      insert(r);
    };
    const before = tableCounts(app);
    expect(await callError(service, 'commitImport', { importId: p.importId })).toMatchObject({ code: 'internal' });
    expect(tableCounts(app)).toEqual(before);
  });

  it('reads only the sheet the rep picked when it is the relationships sheet', async () => {
    const { service, accountId } = await setup();
    const p = await preview(service, accountId, fileSource(fixture('people-and-relationships.xlsx')), { sheet: '关系' });
    expect(p).toMatchObject({ kind: 'relationships', sheet: '关系', companion: null, totals: { withErrors: 3 } });
    expect(p.errors[0]).toMatchObject({ messageKey: 'error.import.personNotFound', params: { name: '吴敏' } });
  });
});
