// A damaged .xlsx is refused with a typed error, promptly: exceljs's streaming reader waits forever
// on some damaged entries (found by the contract fuzz test: one flipped byte inside a sheet).
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiErrorPayload } from '../../../shared/ipc/errors';
import { dispatch } from '../../../shared/ipc/dispatch';
import { call, openTestApp } from '../service/helpers';
import { fixture } from './helpers';

const original = fs.readFileSync(fixture('people-zh.xlsx'));

/** previewImport's answer, or 'no answer' when none came within 5 s. */
async function previewOf(bytes: Buffer): Promise<{ ok: true } | { ok: false; error: ApiErrorPayload } | 'no answer'> {
  const app = openTestApp();
  const account = await call(app.service, 'createAccount', { name: 'Acme' });
  const { importId } = await call(app.service, 'startImport', { accountId: account.id, source: { fileName: 'people.xlsx', base64: bytes.toString('base64') } });
  const answer = dispatch(app.service, 'previewImport', { importId });
  const late = new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), 5000).unref());
  const env = await Promise.race([answer, late]);
  return env === 'no answer' ? env : env.ok ? { ok: true } : { ok: false, error: env.error };
}

describe('a damaged XLSX', () => {
  it('one flipped byte inside a sheet: refused as unreadable, not left reading forever', async () => {
    const bytes = Buffer.from(original);
    bytes[1182] = 0xe3; // inside xl/worksheets/sheet1.xml's deflate data
    expect(await previewOf(bytes)).toEqual({ ok: false, error: { code: 'validation', messageKey: 'error.import.xlsxUnreadable' } });
  });

  it('any few flipped bytes: a preview or a typed error, always an answer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(original.length - 1), fc.nat(255)), { minLength: 1, maxLength: 4 }), async (flips) => {
        const bytes = Buffer.from(original);
        for (const [at, value] of flips) bytes[at] = value;
        const answer = await previewOf(bytes);
        expect(answer).not.toBe('no answer');
        if (answer !== 'no answer' && !answer.ok) expect(answer.error.messageKey).toMatch(/^error\.import\./);
      }),
      { numRuns: 40 },
    );
  });
});
