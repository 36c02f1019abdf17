// The app's own pages are served from app://powermap/ (electron/protocol.ts); nothing else is ours.

export const APP_SCHEME = 'app';
export const APP_HOST = 'powermap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for a well-formed app://powermap/... URL (no credentials, no port). */
export function isAppUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length === 0) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname.toLowerCase() === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
