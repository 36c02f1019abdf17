// Navigation guards: a window may only ever show the app's own pages. Everything else — links,
// redirects, sub-frame navigations, window.open, <webview> — is refused. Pure: takes a minimal
// webContents shape so tests drive it with fakes.
import { isAppUrl } from './appUrl';
import { openExternalSafely, type OpenExternal } from './externalLinks';

export interface GuardEvent {
  url?: string;
  preventDefault(): void;
}

type Listener = (event: GuardEvent, ...args: unknown[]) => void;

export interface WindowOpenDetails {
  url: string;
  disposition?: string;
}

export interface GuardableContents {
  on(event: string, listener: Listener): unknown;
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'deny' }): void;
}

export const NAVIGATION_EVENTS = ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const;

// A link the rep clicked with target=_blank arrives as a tab disposition; scripted popups as 'new-window'.
const LINK_CLICK_DISPOSITIONS = new Set(['foreground-tab', 'background-tab']);

export interface GuardOptions {
  /** Opens a URL in the system browser (shell.openExternal in main.ts). */
  openExternal: OpenExternal;
  /** Called for every refused URL, for the log. */
  onBlocked?: (kind: string, url: string) => void;
}

export function urlOf(event: GuardEvent, args: readonly unknown[]): string {
  if (typeof event.url === 'string') return event.url;
  return typeof args[0] === 'string' ? args[0] : '';
}

/** Refuses navigation to anything that is not an app page. */
export function guardNavigation(event: GuardEvent, url: string): boolean {
  if (isAppUrl(url)) return true;
  event.preventDefault();
  return false;
}

/** The window-open policy: never a new Electron window; a clicked http(s) link goes to the system browser. */
export function windowOpenHandler(options: GuardOptions) {
  return (details: WindowOpenDetails): { action: 'deny' } => {
    const clicked = LINK_CLICK_DISPOSITIONS.has(details.disposition ?? '');
    const opened = clicked && openExternalSafely(details.url, options.openExternal);
    if (!opened) options.onBlocked?.('window-open', details.url);
    return { action: 'deny' };
  };
}

export function attachNavigationGuards(contents: GuardableContents, options: GuardOptions): void {
  for (const name of NAVIGATION_EVENTS) {
    contents.on(name, (event, ...args) => {
      const url = urlOf(event, args);
      if (!guardNavigation(event, url)) options.onBlocked?.(name, url);
    });
  }
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    options.onBlocked?.('will-attach-webview', '');
  });
  contents.setWindowOpenHandler(windowOpenHandler(options));
}
