// exceljs's streaming reader parks worksheets that come before the shared strings in temp files and
// deletes each file right after handing the sheet over. A sheet skipped without being read then
// fails to open its (deleted) file, as an uncaught error — in the app, in the main process. Every
// sheet must be read to the end, even the ones the rep did not pick.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../electron/import/readXlsx';

// Two sheets ('说明', '人员') stored before xl/sharedStrings.xml, as Excel and exceljs write them.
const bytes = readFileSync(new URL('../../fixtures/import/people-zh.xlsx', import.meta.url));

describe('reading one sheet of a workbook with several', () => {
  it('leaves no uncaught error behind when other sheets are skipped', async () => {
    const uncaught: unknown[] = [];
    const onError = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onError);
    try {
      for (let i = 0; i < 60; i++) {
        expect((await readXlsx(bytes, null)).sheet).toBe('人员');
        expect((await readXlsx(bytes, '人员')).rows).toHaveLength(4); // header + 3 people
        await expect(readXlsx(bytes, 'Nope')).rejects.toMatchObject({ payload: { messageKey: 'error.import.sheetNotFound' } });
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(uncaught.map((e) => (e instanceof Error ? e.stack : String(e)))).toEqual([]);
  });
});
