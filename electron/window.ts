// The main window: secure webPreferences, every guard attached, shown once its first paint is ready.
import { BrowserWindow, shell } from 'electron';
import { APP_ENTRY_URL } from './security/appUrl';
import { attachNavigationGuards } from './security/navigation';
import { secureWebPreferences } from './security/webPreferences';

export interface MainWindowOptions {
  preloadPath: string;
  iconPath?: string;
}

/**
 * The app's only shell.openExternal. It is reached solely through openExternalSafely, which passes
 * it nothing but a parsed http(s) URL (electron/security/externalLinks.ts, unit-tested).
 */
export const openInSystemBrowser = (url: string): Promise<void> => shell.openExternal(url);

export const logBlocked = (kind: string, url: string): void => console.warn(`[security] blocked ${kind}: ${url}`);

export function createMainWindow({ preloadPath, iconPath }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Powermap',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
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
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

type MenuItem = Electron.MenuItemConstructorOptions;

/** A minimal menu: the standard edit roles (so copy/paste work), zoom, and quit. */
export function appMenuTemplate(isMac: boolean, isPackaged: boolean): MenuItem[] {
  const view: MenuItem[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(isPackaged ? [] : ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItem[])),
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItem] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}
