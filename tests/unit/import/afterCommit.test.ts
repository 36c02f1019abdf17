// Once an import is committed its rows are freed: asking for a preview again (with or without a
// new mapping) is a typed "already imported" error, never a crash.
import { describe, expect, it } from 'vitest';
import { call, callError, openTestApp, tableCounts } from '../service/helpers';

const csv = (text: string) => ({ fileName: 'people.csv', base64: Buffer.from(text, 'utf8').toString('base64') });

describe('previewImport after commitImport', () => {
  it.each([
    ['without a mapping', undefined],
    ['with the same mapping', ['name', 'title'] as const],
    ['with another mapping', ['name', null] as const],
  ])('%s is refused as already imported, and nothing changes', async (_label, mapping) => {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Acme' });
    const { importId } = await call(app.service, 'startImport', { accountId: account.id, source: csv('Name,Title\nLi,CEO\nWang,CFO\n') });
    await call(app.service, 'previewImport', { importId });
    await call(app.service, 'commitImport', { importId });
    const before = tableCounts(app);
    const error = await callError(app.service, 'previewImport', mapping ? { importId, mapping: [...mapping] } : { importId });
    expect(error).toMatchObject({ code: 'validation', messageKey: 'error.import.alreadyCommitted' });
    expect(tableCounts(app)).toEqual(before);
  });

  it('a preview asked for while the commit runs gets a typed error or the preview, never a crash', async () => {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Acme' });
    const rows = Array.from({ length: 3000 }, (_, i) => `P${i},T${i}`).join('\n');
    const { importId } = await call(app.service, 'startImport', { accountId: account.id, source: csv(`Name,Title\n${rows}\n`) });
    const [commit, ...previews] = await Promise.all([
      call(app.service, 'commitImport', { importId }),
      ...[['name', 'title'], ['name', null], undefined].map((mapping) => callError(app.service, 'previewImport', mapping ? { importId, mapping } : { importId }).catch((e: Error) => e)),
    ]);
    expect(commit.peopleCreated).toBe(3000);
    for (const p of previews) expect(p instanceof Error ? p.message : p.code).not.toBe('internal');
  });
});
