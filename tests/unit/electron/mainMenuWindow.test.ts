// electron/main.ts under plain Node with the fake 'electron' module: the window reopens where the
// rep left it (and on a screen that is there), and the native menu follows the page's state and
// sends its commands to the page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flattenMenu, type MenuItemSpec } from '../../../electron/menu/template';
import { MENU_COMMAND_CHANNEL, MENU_STATE_CHANNEL } from '../../../shared/menu/commands';
import { initialMenuState } from '../../../shared/menu/state';
import { createFakeElectron, type FakeElectron } from './fakeElectron';

const holder = vi.hoisted(() => ({ fake: null as unknown }));
vi.mock('electron', () => {
  const names = ['app', 'protocol', 'session', 'ipcMain', 'Menu', 'shell', 'dialog', 'BrowserWindow', 'screen'] as const;
  const current = () => (holder.fake as FakeElectron).module;
  return Object.defineProperties({}, Object.fromEntries(names.map((n) => [n, { get: () => current()[n], enumerable: true }])));
});

let dir: string;
let fake: FakeElectron;
const twoScreens = [{ x: 0, y: 0, width: 1920, height: 1040 }, { x: -1680, y: 0, width: 1680, height: 1010 }];

async function boot(displays = twoScreens) {
  fake = createFakeElectron({ userData: dir, displays });
  holder.fake = fake;
  vi.resetModules();
  await import('../../../electron/main');
  fake.ready();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  return fake.windows[0]!;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-main-menu-'));
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

describe('main process: the window remembers', () => {
  it('first start at the default size; after the rep moves it to the left monitor and maximizes it, a restart opens it there, maximized', async () => {
    const first = await boot();
    expect(first.options).toMatchObject({ width: 1280, height: 820 });
    expect(first.options.x).toBeUndefined();
    first.setBounds({ x: -1500, y: 60, width: 1400, height: 900 });
    first.maximize();
    first.emit('close');
    fake.emitApp('will-quit');

    const second = await boot();
    expect(second.options).toMatchObject({ x: -1500, y: 60, width: 1400, height: 900 });
    second.emit('ready-to-show');
    expect(second.maximized).toBe(true);
  });

  it('with that monitor unplugged, the window comes back on the primary screen', async () => {
    const first = await boot();
    first.setBounds({ x: -1500, y: 60, width: 1400, height: 900 });
    first.emit('close');
    fake.emitApp('will-quit');
    const second = await boot([twoScreens[0]!]);
    expect(second.options).toMatchObject({ width: 1400, height: 900 });
    expect(second.options.x).toBeUndefined();
  });
});

describe('main process: native menu', () => {
  const menuItems = () => flattenMenu(fake.menu() as MenuItemSpec[]);
  const item = (id: string) => menuItems().find((i) => i.id === id)!;

  it('starts in the OS language with no account, follows the state the page sends, and sends clicks to the page', async () => {
    const win = await boot();
    expect(item('account.addPerson').enabled).toBe(false);
    const send = fake.ipcListeners.get(MENU_STATE_CHANNEL)![0]!;
    const fromPage = { senderFrame: win.webContents.mainFrame };
    send(fromPage, { ...initialMenuState('zh-CN'), hasAccount: true, undoLabel: '添加王丽' });
    expect(item('account.addPerson')).toMatchObject({ enabled: true, label: '添加人物' });
    expect(item('edit.undo').label).toBe('撤销：添加王丽');
    // A stranger's state is dropped.
    send({ senderFrame: { url: 'https://evil.example/' } }, { ...initialMenuState('en'), hasAccount: false });
    expect(item('account.addPerson').enabled).toBe(true);
    item('view.fit').click!();
    expect(win.webContents.sent).toEqual([[MENU_COMMAND_CHANNEL, 'view.fit']]);
    item('help.dataFolder').click!();
    expect(fake.module.shell.showItemInFolder).toHaveBeenCalledWith(path.join(dir, 'powermap.sqlite3'));
    item('help.about').click!();
    expect(fake.module.dialog.showMessageBox).toHaveBeenCalledWith(win, expect.objectContaining({ message: 'Powermap 0.1.0-test', detail: `数据文件：\n${path.join(dir, 'powermap.sqlite3')}` }));
  });
});
