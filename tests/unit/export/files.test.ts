// saveFile / savePagePdf: bytes decoded exactly, names made safe, cancel is null, and every failure
// (no platform, a failing disk or printer, bad input) comes back as a typed error with words.
import { describe, expect, it } from 'vitest';
import type { PlatformPort, SaveRequest } from '../../../electron/service/files';
import { dispatch } from '../../../shared/ipc/dispatch';
import { openTestApp } from '../service/helpers';

function fakePlatform(overrides: Partial<PlatformPort> = {}): PlatformPort & { requests: SaveRequest[] } {
  const requests: SaveRequest[] = [];
  return {
    requests,
    async saveFile(r) {
      requests.push(r);
      return { path: `/saved/${r.fileName}` };
    },
    async printPageToPdf() {
      return new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    },
    async copyImage() {},
    ...overrides,
  };
}

const bytes = new Uint8Array([137, 80, 78, 71, 0, 255, 1, 2]);
const b64 = Buffer.from(bytes).toString('base64');

describe('saveFile', () => {
  it('hands the exact bytes and a safe name with the extension to the platform', async () => {
    const platform = fakePlatform();
    const app = openTestApp({ platform });
    const env = await dispatch(app.service, 'saveFile', { suggestedName: '贝乐/母婴 2026-11-27', kind: 'png', dataBase64: b64 });
    expect(env).toEqual({ ok: true, value: { path: '/saved/贝乐-母婴 2026-11-27.png' } });
    expect(platform.requests).toHaveLength(1);
    expect(Array.from(platform.requests[0]!.data)).toEqual(Array.from(bytes));
    expect(platform.requests[0]!.kind).toBe('png');
  });

  it('a cancelled dialog is null, not an error', async () => {
    const app = openTestApp({ platform: fakePlatform({ saveFile: async () => null }) });
    expect(await dispatch(app.service, 'saveFile', { suggestedName: 'x', kind: 'svg', dataBase64: b64 })).toEqual({ ok: true, value: null });
  });

  it('no platform (tests, benchmark): error.export.unavailable', async () => {
    const app = openTestApp();
    const env = await dispatch(app.service, 'saveFile', { suggestedName: 'x', kind: 'png', dataBase64: b64 });
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.messageKey).toBe('error.export.unavailable');
  });

  it('a failing write: error.export.saveFailed with the reason', async () => {
    const app = openTestApp({ platform: fakePlatform({ saveFile: async () => Promise.reject(new Error('EACCES: permission denied')) }) });
    const env = await dispatch(app.service, 'saveFile', { suggestedName: 'x', kind: 'png', dataBase64: b64 });
    expect(env.ok).toBe(false);
    if (!env.ok) {
      expect(env.error.messageKey).toBe('error.export.saveFailed');
      expect(String(env.error.params?.detail)).toContain('EACCES');
    }
  });

  it('refuses empty data, data that is not base64, unknown kinds and over-long names', async () => {
    const platform = fakePlatform();
    const app = openTestApp({ platform });
    const empty = await dispatch(app.service, 'saveFile', { suggestedName: 'x', kind: 'png', dataBase64: '' });
    expect(!empty.ok && empty.error.messageKey).toBe('error.export.empty');
    const bad = await dispatch(app.service, 'saveFile', { suggestedName: 'x', kind: 'png', dataBase64: '<script>' });
    expect(bad.ok).toBe(false);
    const kind = await dispatch(app.service, 'saveFile', { suggestedName: 'x', kind: 'exe' as 'png', dataBase64: b64 });
    expect(kind.ok).toBe(false);
    const long = await dispatch(app.service, 'saveFile', { suggestedName: 'x'.repeat(201), kind: 'png', dataBase64: b64 });
    expect(long.ok).toBe(false);
    expect(platform.requests).toHaveLength(0);
  });
});

describe('savePagePdf', () => {
  it('prints the page and saves the PDF under a safe .pdf name', async () => {
    const platform = fakePlatform();
    const app = openTestApp({ platform });
    const env = await dispatch(app.service, 'savePagePdf', { suggestedName: 'Acme visit brief 2026-11-27' });
    expect(env).toEqual({ ok: true, value: { path: '/saved/Acme visit brief 2026-11-27.pdf' } });
    expect(platform.requests[0]!.kind).toBe('pdf');
    expect(Buffer.from(platform.requests[0]!.data).toString('latin1')).toBe('%PDF');
  });

  it('a failing printer: error.export.printFailed, nothing saved', async () => {
    const platform = fakePlatform({ printPageToPdf: async () => Promise.reject(new Error('no window')) });
    const app = openTestApp({ platform });
    const env = await dispatch(app.service, 'savePagePdf', { suggestedName: 'x' });
    expect(!env.ok && env.error.messageKey).toBe('error.export.printFailed');
    expect(platform.requests).toHaveLength(0);
  });
});

describe('copyImage', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  it('hands the PNG bytes to the platform clipboard', async () => {
    const copied: Uint8Array[] = [];
    const app = openTestApp({ platform: fakePlatform({ copyImage: async (d) => void copied.push(d) }) });
    expect(await dispatch(app.service, 'copyImage', { pngBase64: png.toString('base64') })).toEqual({ ok: true, value: undefined });
    expect(Buffer.from(copied[0]!).equals(png)).toBe(true);
  });
  it('refuses what is not a PNG, and reports a failing clipboard in words', async () => {
    const app = openTestApp({ platform: fakePlatform({ copyImage: async () => Promise.reject(new Error('busy')) }) });
    const notPng = await dispatch(app.service, 'copyImage', { pngBase64: Buffer.from('GIF89a').toString('base64') });
    expect(!notPng.ok && notPng.error.messageKey).toBe('error.export.notPng');
    const failing = await dispatch(app.service, 'copyImage', { pngBase64: png.toString('base64') });
    expect(!failing.ok && failing.error.messageKey).toBe('error.export.clipboardFailed');
  });
});
