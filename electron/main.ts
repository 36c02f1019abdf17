// Main process entry: one instance, one secure window (placed where the rep left it), the native
// menu, the database opened through startApp (backups, recovery mode), the contract registered on
// IPC, the database closed on quit.
import { app, dialog, ipcMain, protocol, screen, session, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { checkInBackground } from './db/checkInBackground';
import { checkpointInBackground } from './db/checkpointInBackground';
import { registerIpc } from './ipc';
import { resolveDbPath } from './paths';
import { createElectronPlatform } from './platform';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { startApp } from './service/backupsStartup';
import { APP_SCHEME } from './security/appUrl';
import { attachNavigationGuards } from './security/navigation';
import { denyAllPermissions } from './security/permissions';
import { trustedSenderFor } from './security/sender';
import { describeStartupFailure } from './startupFailure';
import { startUp } from './startupOrder';
import { installAppMenu } from './menu/electronMenu';
import { createMainWindow, logBlocked, openInSystemBrowser, WINDOW_SIZES } from './window';
import { readWindowState, WINDOW_STATE_FILE, writeWindowState } from './windowState/file';
import { placeWindow } from './windowState/placement';
import { trackWindowState } from './windowState/track';

// Bundled to dist/electron/main.cjs: the preload sits beside it, the renderer in dist/renderer.
const PRELOAD = path.join(__dirname, 'preload.cjs');
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
// The deferred integrity check's worker thread (build/scripts/build.mjs bundles it beside main.cjs).
const CHECK_WORKER = path.join(__dirname, 'checkWorker.cjs');
// After a big import, the log is copied into the file in this worker thread (also bundled beside main.cjs).
const CHECKPOINT_WORKER = path.join(__dirname, 'checkpointWorker.cjs');

let mainWindow: BrowserWindow | null = null;
let closeApp: (() => void) | null = null;

/** The Electron-ABI better-sqlite3 build: from `npm start` (env), or shipped beside a packaged app. */
function nativeBinding(): string | undefined {
  const fromEnv = process.env.POWERMAP_SQLITE_BINDING?.trim();
  if (fromEnv) return fromEnv;
  const packaged = path.join(process.resourcesPath ?? '', 'native', 'better_sqlite3.node');
  return app.isPackaged && fs.existsSync(packaged) ? packaged : undefined;
}

/**
 * Start-up failures the renderer cannot help with (a database from a newer Powermap, anything
 * unexpected): a native dialog, then quit with the file untouched. A damaged database is not one:
 * startApp serves it in recovery mode and the renderer shows its recovery screen.
 */
export async function handleStartupFailure(err: unknown, dbPath: string): Promise<void> {
  const text = describeStartupFailure(err, dbPath, app.getLocale());
  console.error(`[startup] ${text.kind}: ${err instanceof Error ? err.message : String(err)}`);
  await dialog.showMessageBox({ type: 'error', title: text.title, message: text.message, detail: text.detail, buttons: ['OK'] });
  app.exit(1);
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession, (permission) => logBlocked('permission', permission));
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: RENDERER_ROOT, readFile: (file) => fs.promises.readFile(file) }));
  const dbPath = resolveDbPath({ argv: process.argv, env: process.env, userDataDir: app.getPath('userData') });
  const isTrustedSender = trustedSenderFor(() => mainWindow);
  installAppMenu({
    window: () => mainWindow,
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    version: app.getVersion(),
    dbPath,
    locale: app.getLocale(),
    isTrustedSender,
    onRefused: (reason) => logBlocked('menu', reason),
  });
  const platform = createElectronPlatform({ window: () => mainWindow, defaultDir: app.getPath('documents') });
  const binding = nativeBinding();
  // The order (window first, then the integrity check and the daily backup) is electron/startupOrder.ts.
  const result = await startUp({
    dbPath,
    startApp: () =>
      startApp({
        dbPath,
        systemLocale: app.getLocale(),
        version: app.getVersion(),
        nativeBinding: binding,
        platform,
        checkpointInBackground: (file) =>
          checkpointInBackground(file, { nativeBinding: binding, workerFile: CHECKPOINT_WORKER }).then((why) => why && console.error(`[import] checkpoint left to SQLite: ${why}`)),
        checkInBackground: (file) => checkInBackground(file, { nativeBinding: binding, workerFile: CHECK_WORKER, onFallback: (why) => console.error(`[startup] integrity check on the main thread: ${why}`) }),
      }),
    registerIpc: (service) =>
      // One stable service: in recovery mode it answers only the recovery calls, then switches itself to normal.
      registerIpc(ipcMain, service, {
        isTrustedSender,
        onRefused: (channel, url) => logBlocked(`ipc ${channel} from`, url),
      }),
    createWindow: () => {
      // The window opens where the rep left it, on a screen that is there now.
      const windowStateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
      const placement = placeWindow(readWindowState(windowStateFile), screen.getAllDisplays(), screen.getPrimaryDisplay(), WINDOW_SIZES);
      const win = createMainWindow({ preloadPath: PRELOAD, placement });
      mainWindow = win;
      trackWindowState(win, {
        save: (state) => writeWindowState(windowStateFile, state),
        onError: (err) => console.warn(`[window] could not save its placement: ${err instanceof Error ? err.message : String(err)}`),
      });
      win.on('closed', () => {
        mainWindow = null;
      });
      return {
        onFirstPaint: (run) => win.once('ready-to-show', () => setTimeout(run, 0)),
        reload: () => {
          if (!win.isDestroyed()) win.webContents.reload();
        },
      };
    },
    fail: (err) => handleStartupFailure(err, dbPath),
    log: (message) => console.error(`[startup] ${message}`),
  });
  if (result) closeApp = () => result.started.close();
}

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Powermap owns the database file; it gets focus (second-instance) and we leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every webContents, not only the main window's, gets the guards (including: no <webview>).
  app.on('web-contents-created', (_event, contents) => {
    attachNavigationGuards(contents, { openExternal: openInSystemBrowser, onBlocked: logBlocked });
  });

  // One window, one database: closing the window ends the app (on macOS too), so the file is closed.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    closeApp?.();
    closeApp = null;
  });

  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => handleStartupFailure(err, ''));
}
