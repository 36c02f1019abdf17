import { describe, expect, it } from 'vitest';
import { mapStoreError } from '../../../electron/service/storeErrors';
import { findIllFormedText } from '../../../electron/service/wellFormed';
import { ServiceError } from '../../../shared/ipc/errors';

const sqliteError = (code: string) => Object.assign(new Error(code), { code });

describe('store failures become typed errors', () => {
  it.each([
    ['SQLITE_CONSTRAINT_CHECK', 'validation', 'error.invalidInput'],
    ['SQLITE_CONSTRAINT_NOTNULL', 'validation', 'error.invalidInput'],
    ['SQLITE_CONSTRAINT_DATATYPE', 'validation', 'error.invalidInput'],
    ['SQLITE_CONSTRAINT_UNIQUE', 'conflict', 'error.conflict'],
    ['SQLITE_CONSTRAINT_FOREIGNKEY', 'conflict', 'error.conflict'],
    ['SQLITE_BUSY', 'conflict', 'error.store.busy'],
    ['SQLITE_FULL', 'conflict', 'error.store.full'],
    ['SQLITE_READONLY', 'conflict', 'error.store.readOnly'],
  ])('%s → %s %s', (code, kind, key) => {
    const mapped = mapStoreError(sqliteError(code));
    expect(mapped).toBeInstanceOf(ServiceError);
    expect((mapped as ServiceError).payload).toMatchObject({ code: kind, messageKey: key });
  });

  it('leaves other failures alone (they become error.internal at dispatch)', () => {
    const plain = new Error('boom');
    expect(mapStoreError(plain)).toBe(plain);
    const io = sqliteError('SQLITE_IOERR');
    expect(mapStoreError(io)).toBe(io);
  });
});

describe('findIllFormedText', () => {
  it('finds the path of a lone surrogate and accepts proper pairs', () => {
    expect(findIllFormedText({ name: '👶🏻 王', list: [{ x: 'ok' }] })).toBeNull();
    expect(findIllFormedText({ patch: { title: 'a\udc00' } })).toBe('patch.title');
    expect(findIllFormedText({ positions: [{ personId: 'a' }, { personId: '\ud800' }] })).toBe('positions.1.personId');
    expect(findIllFormedText(new Uint8Array([0xd8, 0x00]))).toBeNull();
  });
});
