import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, mimeTypeOf, resolveAppFile } from '../../../electron/protocol';
import { CSP } from '../../../shared/security/csp';

const root = path.join(os.tmpdir(), 'powermap-renderer');
const inRoot = (...p: string[]) => path.join(root, ...p);

describe('resolveAppFile', () => {
  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppFile(root, 'app://powermap/')).toBe(inRoot('index.html'));
    expect(resolveAppFile(root, 'app://powermap/index.html?x=1#/accounts')).toBe(inRoot('index.html'));
    expect(resolveAppFile(root, 'app://powermap/assets/index-abc.js')).toBe(inRoot('assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://powermap/assets/%E7%8E%8B.png')).toBe(inRoot('assets', '王.png'));
  });

  it.each([
    'app://powermap/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://powermap/assets/..%5c..%5csecret.txt',
    'app://powermap/%00index.html',
    'app://powermap/C:/Windows/win.ini',
    'app://powermap/%E0%A4%A',
    'app://other/index.html',
    'app://powermap:99/index.html',
    'https://powermap/index.html',
    'file:///etc/passwd',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('keeps dot segments the URL parser resolves inside the root', () => {
    // The WHATWG parser folds /../ before we see it; the result must still be inside the root.
    const file = resolveAppFile(root, 'app://powermap/assets/../../../etc/passwd');
    expect(file).toBe(inRoot('etc', 'passwd'));
    expect(resolveAppFile(root, 'app://powermap/%2e%2e/%2e%2e/etc/passwd')).toBe(inRoot('etc', 'passwd'));
  });
});

describe('app protocol handler', () => {
  const files = new Map([[inRoot('index.html'), new TextEncoder().encode('<!doctype html><title>Powermap</title>')]]);
  const handler = createAppProtocolHandler({
    rootDir: root,
    readFile: async (file) => {
      const body = files.get(file);
      if (!body) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return body;
    },
  });

  it('serves a file with its type, the CSP header and nosniff', async () => {
    const res = await handler({ url: 'app://powermap/index.html', method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Powermap</title>');
  });

  it('answers 404 for missing files and traversal, 405 for writes — with the CSP still set', async () => {
    const missing = await handler({ url: 'app://powermap/nope.js', method: 'GET' });
    expect(missing.status).toBe(404);
    const traversal = await handler({ url: 'app://powermap/..%2f..%2fetc%2fpasswd', method: 'GET' });
    expect(traversal.status).toBe(404);
    const post = await handler({ url: 'app://powermap/index.html', method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CSP);
  });

  it('knows the types the renderer build emits', () => {
    expect(mimeTypeOf('a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('a.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});
