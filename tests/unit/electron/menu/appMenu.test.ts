// The menu's controller with fake ports: the page's state rebuilds the menu (only when valid, only
// from the app's own frame), commands go to the page, and Help's own items stay in the main process.
import { describe, expect, it } from 'vitest';
import { createAppMenu, listenForMenuState } from '../../../../electron/menu/appMenu';
import { aboutBox, readableAccelerator } from '../../../../electron/menu/helpBoxes';
import { flattenMenu, type MenuItemSpec } from '../../../../electron/menu/template';
import { buildMenuBridge } from '../../../../electron/preload/buildMenuBridge';
import { MENU_COMMAND_CHANNEL, MENU_STATE_CHANNEL } from '../../../../shared/menu/commands';
import { initialMenuState } from '../../../../shared/menu/state';

function setup() {
  const menus: MenuItemSpec[][] = [];
  const sent: string[] = [];
  const boxes: Array<{ title: string; message: string; detail: string }> = [];
  let folders = 0;
  const menu = createAppMenu(
    { setMenu: (t) => menus.push(t), sendToPage: (id) => sent.push(id), showMessage: (b) => boxes.push(b), showDataFolder: () => folders++ },
    { isMac: false, isPackaged: true, version: '1.2.3', dbPath: '/home/rep/.config/Powermap/powermap.sqlite3' },
    initialMenuState('zh-CN'),
  );
  const item = (id: string) => flattenMenu(menus.at(-1)!).find((i) => i.id === id)!;
  return { menu, menus, sent, boxes, item, folders: () => folders };
}

describe('app menu controller', () => {
  it('sets the menu at once, in the OS language, and rebuilds it when the page sends a valid new state', () => {
    const { menu, menus, item } = setup();
    expect(menus).toHaveLength(1);
    expect(menus[0]![0]!.label).toBe('文件');
    expect(item('account.addPerson').enabled).toBe(false);
    expect(menu.update({ ...initialMenuState('en'), hasAccount: true, undoLabel: 'add Wang Li' })).toBe(true);
    expect(menus).toHaveLength(2);
    expect(menus[1]![0]!.label).toBe('File');
    expect(item('account.addPerson').enabled).toBe(true);
    expect(item('edit.undo').label).toBe('Undo add Wang Li');
    // The same state again: nothing rebuilt.
    menu.update({ ...initialMenuState('en'), hasAccount: true, undoLabel: 'add Wang Li' });
    expect(menus).toHaveLength(2);
  });

  it('refuses a state that is not one (unknown keys, wrong types, a huge label) and keeps the menu as it was', () => {
    const { menu, menus } = setup();
    for (const bad of [null, 'x', {}, { ...initialMenuState('en'), extra: 1 }, { ...initialMenuState('en'), hasAccount: 'yes' }, { ...initialMenuState('en'), undoLabel: 'x'.repeat(500) }, { ...initialMenuState('en'), layout: 'spiral' }]) {
      expect(menu.update(bad), JSON.stringify(bad)?.slice(0, 60)).toBe(false);
    }
    expect(menus).toHaveLength(1);
    expect(menu.state()).toEqual(initialMenuState('zh-CN'));
  });

  it('sends page commands to the page; data folder, About and shortcuts are answered here', () => {
    const { sent, boxes, item, folders } = setup();
    item('file.newAccount').click!();
    item('help.dataFolder').click!();
    item('help.about').click!();
    item('help.shortcuts').click!();
    expect(sent).toEqual(['file.newAccount']);
    expect(folders()).toBe(1);
    expect(boxes[0]).toEqual({ title: '关于 Powermap', message: 'Powermap 1.2.3', detail: '数据文件：\n/home/rep/.config/Powermap/powermap.sqlite3' });
    expect(boxes[1]!.title).toBe('键盘快捷键');
    expect(boxes[1]!.detail).toContain('Shift+Ctrl+Z\t重做');
    expect(boxes[1]!.detail).toContain('Ctrl+F\t查找人物…');
  });

  it('About in English names the version and the database path', () => {
    expect(aboutBox('en', '0.9.0', 'D:\\data\\powermap.sqlite3')).toEqual({ title: 'About Powermap', message: 'Powermap 0.9.0', detail: 'Your data file:\nD:\\data\\powermap.sqlite3' });
  });

  it('accelerators read the way each OS writes them', () => {
    expect(readableAccelerator('Shift+CmdOrCtrl+Z', false)).toBe('Shift+Ctrl+Z');
    expect(readableAccelerator('Shift+CmdOrCtrl+Z', true)).toBe('⇧⌘Z');
    expect(readableAccelerator('CmdOrCtrl+Plus', false)).toBe('Ctrl++');
    expect(readableAccelerator('Plus', true)).toBe('+');
  });

  it('hears the state only from the trusted frame', () => {
    const { menu } = setup();
    const listeners = new Map<string, (event: unknown, raw: unknown) => void>();
    const refused: string[] = [];
    const trusted = { url: 'app://powermap/index.html' };
    listenForMenuState(
      { on: (c, l) => listeners.set(c, l as never), removeListener: () => undefined },
      menu,
      (event) => event.senderFrame === trusted,
      (why) => refused.push(why),
    );
    const fire = listeners.get(MENU_STATE_CHANNEL)!;
    fire({ senderFrame: { url: 'https://evil.example/' } }, { ...initialMenuState('en'), hasAccount: true });
    expect(menu.state().hasAccount).toBe(false);
    fire({ senderFrame: trusted }, { nonsense: true });
    fire({ senderFrame: trusted }, { ...initialMenuState('en'), hasAccount: true });
    expect(menu.state().hasAccount).toBe(true);
    expect(refused).toEqual(['menu state from https://evil.example/', 'invalid menu state']);
  });
});

describe('preload menu bridge', () => {
  it('sends the state up and passes only known page commands down, never the IPC event', () => {
    const sent: Array<[string, unknown]> = [];
    const listeners: Array<(event: unknown, ...args: unknown[]) => void> = [];
    const bridge = buildMenuBridge({
      send: (c, d) => sent.push([c, d]),
      on: (c, l) => {
        expect(c).toBe(MENU_COMMAND_CHANNEL);
        listeners.push(l);
      },
      removeListener: (_c, l) => listeners.splice(listeners.indexOf(l), 1),
    });
    expect(Object.isFrozen(bridge)).toBe(true);
    bridge.setState(initialMenuState('en'));
    expect(sent).toEqual([[MENU_STATE_CHANNEL, initialMenuState('en')]]);
    const got: unknown[][] = [];
    const stop = bridge.onCommand((...args) => got.push(args));
    const event = { sender: 'secret' };
    listeners[0]!(event, 'view.zoomIn');
    listeners[0]!(event, 'help.about'); // answered by the main process, never a page command
    listeners[0]!(event, 'rm -rf');
    expect(got).toEqual([['view.zoomIn']]);
    stop();
    expect(listeners).toHaveLength(0);
  });
});
