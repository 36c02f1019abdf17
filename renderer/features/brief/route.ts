// The visit brief is a route of the app's own renderer (#/brief/<accountId>): shown full-window,
// printed to PDF by the platform (Electron printToPDF, Chromium's page.pdf in tests).
import { useSyncExternalStore } from 'react';

const PREFIX = '#/brief/';

function current(): string | null {
  const h = window.location.hash;
  if (!h.startsWith(PREFIX)) return null;
  const id = decodeURIComponent(h.slice(PREFIX.length));
  return id.length > 0 && id.length <= 64 ? id : null;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The account whose brief is open, or null. */
export function useBriefRoute(): string | null {
  return useSyncExternalStore(subscribe, current);
}

export function openBrief(accountId: string): void {
  window.location.hash = `${PREFIX}${encodeURIComponent(accountId)}`;
}

export function closeBrief(): void {
  // Back to the map without leaving a history entry loop.
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
