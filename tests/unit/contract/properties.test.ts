// Property: any string sent as a name is either refused (typed validation error, nothing written)
// or stored and read back exactly as the rep typed it (trimmed) — never changed, never a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/ipc/dispatch';
import { call, openTestApp, tableCounts } from '../service/helpers';

// Any UTF-16 code unit, so lone surrogates, control characters and whitespace all show up.
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 140 });
const mixedText = fc.string({ unit: fc.constantFrom('a', ' ', '\u3000', '\t', '\n', '\u202e', '\u0007', '王', '👶🏻', '\ud800', '<', "'", ';'), maxLength: 20 });

describe('any name', () => {
  it('is refused without a write, or stored and read back verbatim', async () => {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Acme' });
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, mixedText), async (name) => {
        const before = tableCounts(app);
        const env = await dispatch(app.service, 'createPerson', { accountId: account.id, name });
        if (!env.ok) {
          expect(env.error.code).toBe('validation');
          expect(env.error.messageKey).toMatch(/^error\.text\./);
          expect(tableCounts(app)).toEqual(before);
          return;
        }
        expect(env.value.person.name).toBe(name.trim());
        expect(app.store.people.get(env.value.person.id)?.name).toBe(name.trim());
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a lone surrogate with its own message, anywhere in the input', async () => {
    const app = openTestApp();
    const account = await call(app.service, 'createAccount', { name: 'Acme' });
    const env = await dispatch(app.service, 'createPerson', { accountId: account.id, name: 'Li', notes: 'ok \ud83d then' });
    expect(env).toMatchObject({ ok: false, error: { code: 'validation', messageKey: 'error.text.invalidUnicode', issues: [{ path: 'notes' }] } });
  });
});
