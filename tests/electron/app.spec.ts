// The real Electron app: launch, security settings read back from the running app, and the smoke
// path (sample account, create account, add person, restart, still there) over a temp database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { METHODS } from '../../shared/ipc/contract';
import { AppPage } from '../e2e/pages/AppPage';
import { PersonPanel } from '../e2e/pages/PersonPanel';
import { findElectronBinary, SKIP_PREFIX } from './electronBinary';

const root = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary();
const skipReason = binary.path ? '' : `${SKIP_PREFIX}${binary.reason}`;
test.skip(!binary.path, skipReason);

let dir: string;
test.beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-electron-'));
});
test.afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function launch(dbPath: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: binary.path!,
    args: [path.join(root, 'dist/electron/main.cjs')],
    cwd: root,
    env: { ...process.env, POWERMAP_DB: dbPath, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US', ELECTRON_ENABLE_LOGGING: '1' } as Record<string, string>,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

test('launches one secure window showing the app', async () => {
  const { app, page } = await launch(path.join(dir, 'powermap.sqlite3'));
  try {
    await expect(page).toHaveTitle('Powermap');
    expect(page.url()).toMatch(/^app:\/\/powermap\//);
    // getLastWebPreferences is undocumented (not in electron.d.ts); where it exists it reads back the real settings.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wins = BrowserWindow.getAllWindows();
      const contents = wins[0]!.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null };
      const p = contents.getLastWebPreferences?.() ?? null;
      return { count: wins.length, p: p && { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration, webSecurity: p.webSecurity, webviewTag: p.webviewTag } };
    });
    expect(prefs.count).toBe(1);
    if (prefs.p) expect(prefs.p).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    else test.info().annotations.push({ type: 'note', description: 'webContents.getLastWebPreferences() is not available; checked from the renderer only' });

    // The renderer sees window.api with exactly the contract, and nothing of Node or Electron.
    const seen = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { api: Object.keys(w.api as object).sort(), require: typeof w.require, process: typeof w.process, ipc: 'ipcRenderer' in (w.api as object) };
    });
    expect(seen).toEqual({ api: [...METHODS].sort(), require: 'undefined', process: 'undefined', ipc: false });

    // The CSP forbids inline script; navigation away and new windows are refused.
    const inlineRan = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __inline?: number }).__inline === 1;
    });
    expect(inlineRan).toBe(false);
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/powermap\//);
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});

test('shows the sample account, keeps a new account and person across a restart', async () => {
  const dbPath = path.join(dir, 'powermap.sqlite3');
  let { app, page } = await launch(dbPath);
  try {
    const ui = new AppPage(page);
    await expect(ui.accountButton(/BabyJoy/)).toBeVisible();
    await ui.createAccount('Sunrise Toys');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sunrise Toys');
    await new PersonPanel(page).addPerson({ name: 'Mei Chen', title: 'Buyer', stance: 'Supporter' });
    await expect(new PersonPanel(page).peopleList).toContainText('Mei Chen');
  } finally {
    await app.close();
  }

  ({ app, page } = await launch(dbPath));
  try {
    const ui = new AppPage(page);
    await ui.openAccount('Sunrise Toys');
    await expect(new PersonPanel(page).peopleList).toContainText('Mei Chen');
    await expect(ui.accountButton(/BabyJoy/)).toBeVisible();
  } finally {
    await app.close();
  }
  expect(fs.existsSync(dbPath)).toBe(true);
});

test('the menu bar follows the page and its commands run there', async () => {
  const { app, page } = await launch(path.join(dir, 'powermap.sqlite3'));
  try {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/BabyJoy/);
    const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label) ?? []);
    expect(labels).toEqual(process.platform === 'darwin' ? ['Powermap', 'File', 'Edit', 'View', 'Account', 'Window', 'Help'] : ['File', 'Edit', 'View', 'Account', 'Help']);
    // An account is open: the page said so, and Account › Add person is enabled.
    await expect.poll(() => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('account.addPerson')?.enabled ?? null)).toBe(true);
    expect(await page.evaluate(() => Object.keys((window as unknown as { powermapMenu: object }).powermapMenu).sort())).toEqual(['onCommand', 'setState']);
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('view.legend')?.click());
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Size = influence score');
    await expect.poll(() => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('view.legend')?.checked ?? null)).toBe(true);
  } finally {
    await app.close();
  }
});
