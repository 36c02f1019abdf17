// The main window: secure webPreferences, every guard attached, opened where the rep left it, shown
// once its first paint is ready.
import { BrowserWindow, shell } from 'electron';
import { APP_ENTRY_URL } from './security/appUrl';
import { attachNavigationGuards } from './security/navigation';
import { secureWebPreferences } from './security/webPreferences';
import type { Placement } from './windowState/placement';

export interface MainWindowOptions {
  preloadPath: string;
  iconPath?: string;
  /** Where it opens (windowState/placement.ts); centred at the default size without it. */
  placement?: Placement;
}

/** The window's size on first start and the least it can be made (placement keeps to these too). */
export const WINDOW_SIZES = { width: 1280, height: 820, minWidth: 960, minHeight: 600 } as const;

/**
 * The app's only shell.openExternal. It is reached solely through openExternalSafely, which passes
 * it nothing but a parsed http(s) URL (electron/security/externalLinks.ts, unit-tested).
 */
export const openInSystemBrowser = (url: string): Promise<void> => shell.openExternal(url);

export const logBlocked = (kind: string, url: string): void => console.warn(`[security] blocked ${kind}: ${url}`);

export function createMainWindow({ preloadPath, iconPath, placement }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Powermap',
    width: WINDOW_SIZES.width,
    height: WINDOW_SIZES.height,
    ...(placement ? placement.bounds : {}),
    minWidth: WINDOW_SIZES.minWidth,
    minHeight: WINDOW_SIZES.minHeight,
    show: false,
    backgroundColor: '#ffffff',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      ...secureWebPreferences(preloadPath),
      // Restated literally so static scanners (Electronegativity) can see them; same values as above.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  attachNavigationGuards(win.webContents, { openExternal: openInSystemBrowser, onBlocked: logBlocked });
  win.once('ready-to-show', () => {
    // Maximized after the normal bounds are set, so un-maximizing gives back the saved size.
    if (placement?.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
