// electron/main.ts run under plain Node against a fake 'electron' module and a real SQLite file:
// the wiring (guards, protocol, IPC, DB open/close, start-up failure) without the Electron binary.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../../electron/db/backup';
import { MIGRATIONS } from '../../../electron/db/migrations/list';
import { openDatabase } from '../../../electron/db/open';
import { secureWebPreferences } from '../../../electron/security/webPreferences';
import { channelOf, METHODS } from '../../../shared/ipc/contract';
import { CSP } from '../../../shared/security/csp';
import { createFakeElectron, type FakeElectron } from './fakeElectron';

const holder = vi.hoisted(() => ({ fake: null as unknown }));
// Getters, so every re-import of main.ts (after resetModules) sees the current test's fake.
vi.mock('electron', () => {
  const names = ['app', 'protocol', 'session', 'ipcMain', 'Menu', 'shell', 'dialog', 'BrowserWindow', 'screen'] as const;
  const current = () => (holder.fake as FakeElectron).module;
  return Object.defineProperties({}, Object.fromEntries(names.map((n) => [n, { get: () => current()[n], enumerable: true }])));
});

let dir: string;
let fake: FakeElectron;

async function boot(env: Record<string, string> = {}) {
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  vi.resetModules();
  await import('../../../electron/main');
  fake.ready();
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-main-'));
  fake = createFakeElectron({ userData: dir });
  holder.fake = fake;
  vi.stubEnv('POWERMAP_SQLITE_BINDING', '');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  fake.emitApp('will-quit');
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Envelope = { ok: boolean; value?: unknown; error?: { messageKey: string } };
const mainFrame = () => ({ senderFrame: fake.windows[0]!.webContents.mainFrame });

describe('main process', () => {
  it('opens one secure window on the app page with every guard, and the database in user data', async () => {
    await boot();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const win = fake.windows[0]!;
    expect(fake.module.app.enableSandbox).toHaveBeenCalled();
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(win.options).toMatchObject({ title: 'Powermap', show: false, minWidth: expect.any(Number), minHeight: expect.any(Number) });
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    const preload = String((win.options.webPreferences as { preload: string }).preload);
    expect(preload).toMatch(/preload\.cjs$/);
    // The literal restatement in window.ts (for scanners) must not drift from the tested source.
    expect(win.options.webPreferences).toEqual(secureWebPreferences(preload));
    expect(win.loadURL).toHaveBeenCalledWith('app://powermap/index.html');
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) {
      expect(win.webContents.listeners.get(name)?.length, name).toBeGreaterThan(0);
    }
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com', disposition: 'new-window' })).toEqual({ action: 'deny' });
    const granted = vi.fn();
    fake.session.requestHandler?.(null, 'media', granted, {});
    expect(granted).toHaveBeenCalledWith(false);
    expect(fs.existsSync(path.join(dir, 'powermap.sqlite3'))).toBe(true);
    // Started through startApp: the daily backup is taken at start.
    await vi.waitFor(() => expect(listBackups(path.join(dir, 'powermap.sqlite3')).map((b) => b.reason)).toEqual(['daily']));
    expect(fake.module.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('backs an old database up before migrating it', async () => {
    const dbPath = path.join(dir, 'old.sqlite3');
    const v1 = openDatabase(dbPath, { migrations: MIGRATIONS.slice(0, 1) });
    v1.prepare("INSERT INTO accounts (id, name, created_at, updated_at) VALUES ('a1', 'Old Co', 'x', 'x')").run();
    v1.close();
    await boot({ POWERMAP_DB: dbPath });
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const list = (await fake.ipcHandlers.get(channelOf('listAccounts'))!(mainFrame(), {})) as { value: Array<{ name: string }> };
    expect(list.value.map((a) => a.name)).toContain('Old Co');
    // The pre-migration copy (old schema) also counts as today's backup.
    expect(listBackups(dbPath).map((b) => b.reason)).toEqual(['pre-migration']);
  });

  it('registers the contract on IPC and answers the window, but not a stranger', async () => {
    await boot();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(METHODS.map(channelOf).sort());
    const win = fake.windows[0]!;
    const list = fake.ipcHandlers.get(channelOf('listAccounts'))!;
    const mine = (await list({ senderFrame: win.webContents.mainFrame }, {})) as { ok: boolean; value: Array<{ name: string }> };
    expect(mine.ok).toBe(true);
    expect(mine.value.length).toBeGreaterThan(0); // the sample account
    const stranger = (await list({ senderFrame: { url: 'app://powermap/index.html' } }, {})) as { ok: boolean };
    expect(stranger.ok).toBe(false);
    const info = (await fake.ipcHandlers.get(channelOf('getAppInfo'))!({ senderFrame: win.webContents.mainFrame }, {})) as {
      value: { dbPath: string; version: string; systemLocale: string };
    };
    expect(info.value).toMatchObject({ dbPath: path.join(dir, 'powermap.sqlite3'), version: '0.1.0-test', systemLocale: 'en-US' });
  });

  it('uses POWERMAP_DB and keeps data across a restart', async () => {
    const dbPath = path.join(dir, 'custom.sqlite3');
    await boot({ POWERMAP_DB: dbPath });
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const main = () => ({ senderFrame: fake.windows[0]!.webContents.mainFrame });
    const created = (await fake.ipcHandlers.get(channelOf('createAccount'))!(main(), { name: 'Restart Co' })) as { ok: boolean };
    expect(created.ok).toBe(true);
    fake.emitApp('will-quit');

    fake = createFakeElectron({ userData: dir });
    holder.fake = fake;
    await boot({ POWERMAP_DB: dbPath });
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const list = (await fake.ipcHandlers.get(channelOf('listAccounts'))!(main(), {})) as { value: Array<{ name: string }> };
    expect(list.value.map((a) => a.name)).toContain('Restart Co');
    expect(fs.existsSync(path.join(dir, 'powermap.sqlite3'))).toBe(false);
  });

  it('serves the renderer over app:// with the CSP header and refuses traversal', async () => {
    await boot();
    await vi.waitFor(() => expect(fake.protocolHandlers.has('app')).toBe(true));
    const handler = fake.protocolHandlers.get('app')!;
    const traversal = await handler({ url: 'app://powermap/..%2f..%2fpackage.json', method: 'GET' });
    expect(traversal.status).toBe(404);
    const index = await handler({ url: 'app://powermap/index.html', method: 'GET' });
    expect(index.headers.get('content-security-policy')).toBe(CSP);
  });

  it('starts in recovery mode on a damaged database: no dialog, the file untouched until the rep recovers', async () => {
    const dbPath = path.join(dir, 'broken.sqlite3');
    const garbage = Buffer.from('this is not a sqlite database at all '.repeat(200));
    fs.writeFileSync(dbPath, garbage);
    await boot({ POWERMAP_DB: dbPath });
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const invoke = async (method: string, input: unknown) => (await fake.ipcHandlers.get(channelOf(method as never))!(mainFrame(), input)) as Envelope;
    expect(fake.module.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(fake.module.app.exit).not.toHaveBeenCalled();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(METHODS.map(channelOf).sort());
    expect((await invoke('getStartupStatus', {})).value).toMatchObject({ status: 'corrupt', dbPath, backups: [], latestGood: null });
    expect((await invoke('listAccounts', {})).error?.messageKey).toBe('error.backup.recoveryMode');
    expect(fs.readFileSync(dbPath).equals(garbage)).toBe(true);

    // The rep chooses to start empty: the damaged file is kept aside, byte for byte, and the same handlers now serve the app.
    const recovered = await invoke('recoverFromBackup', { name: null });
    expect(recovered.ok).toBe(true);
    const keptAt = (recovered.value as { corruptFileKeptAt: string }).corruptFileKeptAt;
    expect(fs.readFileSync(keptAt).equals(garbage)).toBe(true);
    expect((await invoke('getStartupStatus', {})).value).toEqual({ status: 'ok' });
    expect((await invoke('createAccount', { name: 'After recovery' })).ok).toBe(true);
    expect(((await invoke('listAccounts', {})).value as Array<{ name: string }>).map((a) => a.name)).toContain('After recovery');
  });

  it('shows a clear dialog and quits, leaving the file byte-identical, when the database is from a newer Powermap', async () => {
    const dbPath = path.join(dir, 'newer.sqlite3');
    const db = new Database(dbPath);
    db.exec('CREATE TABLE future (x)');
    db.pragma('user_version = 99');
    db.close();
    const bytes = fs.readFileSync(dbPath);
    await boot({ POWERMAP_DB: dbPath });
    await vi.waitFor(() => expect(fake.module.app.exit).toHaveBeenCalledWith(1));
    const [options] = fake.module.dialog.showMessageBox.mock.calls[0] as unknown as [{ type: string; message: string; detail: string }];
    expect(options.type).toBe('error');
    expect(options.message).toMatch(/newer version of Powermap/);
    expect(options.detail).toContain(dbPath);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(fs.readFileSync(dbPath).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['newer.sqlite3']); // no backup, no -wal/-shm
  });

  it('leaves when another instance already runs', async () => {
    fake.module.app.requestSingleInstanceLock.mockReturnValue(false);
    await boot();
    expect(fake.module.app.quit).toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.windows).toHaveLength(0);
  });
});
