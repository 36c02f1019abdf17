import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../electron/security/appUrl';
import { openExternalSafely, toExternalUrl } from '../../../electron/security/externalLinks';
import { attachNavigationGuards, NAVIGATION_EVENTS, type GuardEvent, type WindowOpenDetails } from '../../../electron/security/navigation';
import { denyAllPermissions } from '../../../electron/security/permissions';
import { secureWebPreferences } from '../../../electron/security/webPreferences';

function fakeContents() {
  const listeners = new Map<string, Array<(event: GuardEvent, ...args: unknown[]) => void>>();
  let openHandler: ((d: WindowOpenDetails) => { action: 'deny' }) | null = null;
  return {
    on(name: string, listener: (event: GuardEvent, ...args: unknown[]) => void) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return this;
    },
    setWindowOpenHandler(handler: (d: WindowOpenDetails) => { action: 'deny' }) {
      openHandler = handler;
    },
    /** Emits like Electron: returns whether a listener called preventDefault. */
    emit(name: string, url: string, passUrlOnEvent = true): boolean {
      let prevented = false;
      const event: GuardEvent = { preventDefault: () => void (prevented = true), ...(passUrlOnEvent ? { url } : {}) };
      for (const l of listeners.get(name) ?? []) l(event, url);
      return prevented;
    },
    open(details: WindowOpenDetails) {
      if (!openHandler) throw new Error('no window-open handler');
      return openHandler(details);
    },
    listenerNames: () => [...listeners.keys()],
  };
}

describe('isAppUrl', () => {
  it.each([APP_ENTRY_URL, 'app://powermap/', 'app://powermap/assets/index-abc.js', 'app://POWERMAP/index.html#/accounts'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });
  it.each([
    'https://powermap.example/',
    'http://127.0.0.1:4173/index.html',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://powermap.evil.com/',
    'app://user:pw@powermap/',
    'app://powermap:8080/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
  it('refuses non-strings', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl({ href: APP_ENTRY_URL })).toBe(false);
  });
});

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const prefs = secureWebPreferences('/app/dist/electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });
  it('requires a preload path', () => {
    expect(() => secureWebPreferences('')).toThrow(/preload/);
  });
});

describe('navigation guards', () => {
  const setup = () => {
    const contents = fakeContents();
    const openExternal = vi.fn();
    const onBlocked = vi.fn();
    attachNavigationGuards(contents, { openExternal, onBlocked });
    return { contents, openExternal, onBlocked };
  };

  it('listens to every navigation event and to webview attachment', () => {
    const { contents } = setup();
    expect(contents.listenerNames()).toEqual([...NAVIGATION_EVENTS, 'will-attach-webview']);
  });

  it.each(NAVIGATION_EVENTS)('%s: refuses remote and local pages, allows app pages', (name) => {
    const { contents, onBlocked, openExternal } = setup();
    expect(contents.emit(name, 'https://evil.example/phish')).toBe(true);
    expect(contents.emit(name, 'file:///home/rep/secret.txt')).toBe(true);
    expect(contents.emit(name, 'javascript:alert(1)')).toBe(true);
    expect(contents.emit(name, APP_ENTRY_URL)).toBe(false);
    expect(onBlocked).toHaveBeenCalledTimes(3);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('reads the URL from the legacy listener argument when the event has none', () => {
    const { contents } = setup();
    expect(contents.emit('will-navigate', 'https://evil.example/', false)).toBe(true);
    expect(contents.emit('will-navigate', APP_ENTRY_URL, false)).toBe(false);
  });

  it('refuses every <webview>', () => {
    const { contents } = setup();
    expect(contents.emit('will-attach-webview', APP_ENTRY_URL)).toBe(true);
  });

  it('never opens a new Electron window', () => {
    const { contents } = setup();
    for (const url of [APP_ENTRY_URL, 'https://example.com/', 'file:///etc/passwd', 'about:blank']) {
      for (const disposition of ['default', 'foreground-tab', 'background-tab', 'new-window', 'other']) {
        expect(contents.open({ url, disposition })).toEqual({ action: 'deny' });
      }
    }
  });

  it('sends a clicked http(s) link to the system browser, and nothing else', () => {
    const { contents, openExternal } = setup();
    contents.open({ url: 'https://www.example.com/a?b=1', disposition: 'foreground-tab' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.example.com/a?b=1');
    openExternal.mockClear();
    contents.open({ url: 'https://www.example.com/popup', disposition: 'new-window' });
    contents.open({ url: 'file:///etc/passwd', disposition: 'foreground-tab' });
    contents.open({ url: 'smb://server/share', disposition: 'foreground-tab' });
    contents.open({ url: 'javascript:alert(1)', disposition: 'background-tab' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('external links', () => {
  it('accepts only parsed http(s) URLs without credentials', () => {
    expect(toExternalUrl('https://example.com')).toBe('https://example.com/');
    expect(toExternalUrl('HTTP://Example.com/x')).toBe('http://example.com/x');
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'ms-msdt:/id', 'https://u:p@example.com/', '//example.com', 'example.com', '', 42]) {
      expect(toExternalUrl(bad)).toBeNull();
    }
    expect(toExternalUrl(`https://example.com/${'a'.repeat(3000)}`)).toBeNull();
  });
  it('opens through the injected opener only when safe, and survives a failing opener', async () => {
    const opener = vi.fn().mockRejectedValue(new Error('no browser'));
    expect(openExternalSafely('https://example.com/', opener)).toBe(true);
    expect(openExternalSafely('file:///x', opener)).toBe(false);
    expect(opener).toHaveBeenCalledExactlyOnceWith('https://example.com/');
    await new Promise((r) => setTimeout(r, 0));
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, p: string, cb: (g: boolean) => void, d: unknown) => void) | null = null;
    let check: ((wc: unknown, p: string, o: string, d: unknown) => boolean) | null = null;
    let device: ((d: unknown) => boolean) | null = null;
    const denied: string[] = [];
    denyAllPermissions(
      {
        setPermissionRequestHandler: (h) => void (request = h),
        setPermissionCheckHandler: (h) => void (check = h),
        setDevicePermissionHandler: (h) => void (device = h),
      },
      (p) => denied.push(p),
    );
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request!(null, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(check!(null, permission, 'app://powermap', {})).toBe(false);
    }
    expect(device!({ deviceType: 'hid' })).toBe(false);
    expect(denied).toContain('media');
  });
});
