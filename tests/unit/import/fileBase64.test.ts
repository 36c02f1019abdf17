// The import's file encoding: the same base64 as Node's, with the native encoder and with the
// chunked fallback for engines without Uint8Array.prototype.toBase64 (chunk edges included).
import { describe, expect, it } from 'vitest';
import { fileBase64 } from '../../../renderer/features/import/fileBase64';

const bytesOf = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 131 + 7) & 0xff);

describe('fileBase64', () => {
  it.each([0, 1, 2, 3, 98_303, 98_304, 98_305, 1_700_001])('encodes %i bytes like Buffer does, with and without the native encoder', async (n) => {
    const bytes = bytesOf(n);
    const expected = Buffer.from(bytes).toString('base64');
    expect(await fileBase64(bytes)).toBe(expected);
    const noNative = Object.assign(bytesOf(n), { toBase64: undefined });
    expect(await fileBase64(noNative)).toBe(expected);
  });
});
