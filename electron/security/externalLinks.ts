// External links leave the app only as http(s) URLs, parsed first, opened in the system browser.

/** The normalised URL if it is safe to hand to the system browser, else null. */
export function toExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

export type OpenExternal = (url: string) => Promise<void> | void;

/** Opens `raw` via the injected opener when it is a safe http(s) URL; reports whether it did. */
export function openExternalSafely(raw: unknown, openExternal: OpenExternal): boolean {
  const url = toExternalUrl(raw);
  if (url === null) return false;
  void Promise.resolve(openExternal(url)).catch(() => undefined);
  return true;
}
