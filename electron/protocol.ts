// Serves the built renderer on app://powermap/ from dist/renderer only.
// Why a custom protocol rather than loadFile: file:// pages share one opaque origin with every
// local file (so 'self' in the CSP and the sender check would trust any file on disk), module
// scripts need CORS that file:// lacks, and here each response carries the CSP header and nosniff.
// Pure apart from the injected readFile, so the path rules are unit-tested without Electron.
import path from 'node:path';
import { CSP } from '../shared/security/csp';
import { APP_HOST, APP_SCHEME } from './security/appUrl';

/** Privileges for protocol.registerSchemesAsPrivileged (before app ready). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeOf(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `rootDir` that `requestUrl` names, or null when the URL is not an app URL or
 * would leave `rootDir` (.., encoded separators, NUL bytes, absolute paths).
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.' || /^[a-zA-Z]:$/.test(s))) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

export type ReadFile = (file: string) => Promise<Uint8Array>;

const securityHeaders = (contentType: string): Record<string, string> => ({
  'Content-Type': contentType,
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
});

/** The handler for protocol.handle(APP_SCHEME, …). */
export function createAppProtocolHandler(options: { rootDir: string; readFile: ReadFile }) {
  return async (request: { url: string; method: string }): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: securityHeaders('text/plain; charset=utf-8') });
    }
    const file = resolveAppFile(options.rootDir, request.url);
    if (file === null) return new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
    try {
      const body = await options.readFile(file);
      return new Response(request.method === 'HEAD' ? null : (body as ConstructorParameters<typeof Response>[0]), { status: 200, headers: securityHeaders(mimeTypeOf(file)) });
    } catch {
      return new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
    }
  };
}
