// The native menu's template, built from the page's state: which items are enabled, checked and
// labelled how, in both languages, with the accelerators shown, and each command item sending its id.
import { describe, expect, it } from 'vitest';
import { flattenMenu, buildMenuTemplate, type MenuItemSpec } from '../../../../electron/menu/template';
import { MENU_LABELS } from '../../../../electron/menu/labels';
import { MENU_COMMANDS, type MenuCommandId } from '../../../../shared/menu/commands';
import { initialMenuState, type MenuState } from '../../../../shared/menu/state';

const open: MenuState = { ...initialMenuState('en'), hasAccount: true, layout: 'org-chart', supportBaseOnly: true, legendOpen: true, theme: 'dark' };
const env = { isMac: false, isPackaged: true };

function build(state: MenuState, e = env) {
  const sent: MenuCommandId[] = [];
  const template = buildMenuTemplate(state, e, (id) => sent.push(id));
  const items = flattenMenu(template);
  const item = (id: MenuCommandId): MenuItemSpec => {
    const found = items.find((i) => i.id === id);
    if (!found) throw new Error(`no item ${id}`);
    return found;
  };
  return { template, items, item, sent };
}

describe('menu template', () => {
  it('has File, Edit, View, Account and Help, and every command on exactly one item (About in the app menu on a Mac)', () => {
    const { template, items } = build(open);
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Account', 'Help']);
    const ids = items.map((i) => i.id).filter(Boolean);
    expect([...ids].sort()).toEqual([...MENU_COMMANDS].sort());
    const mac = build(open, { isMac: true, isPackaged: true });
    expect(mac.template.map((m) => m.label)).toEqual(['Powermap', 'File', 'Edit', 'View', 'Account', 'Window', 'Help']);
    expect(mac.items.filter((i) => i.id === 'help.about')).toHaveLength(1);
    expect(mac.template[0]!.submenu!.some((i) => i.role === 'quit')).toBe(true);
    expect(mac.template[1]!.submenu!.some((i) => i.role === 'quit')).toBe(false);
  });

  it('sends the item id on click', () => {
    const { item, sent } = build(open);
    item('view.zoomIn').click!();
    item('file.exportPng').click!();
    item('account.addPerson').click!();
    expect(sent).toEqual(['view.zoomIn', 'file.exportPng', 'account.addPerson']);
  });

  it('shows the accelerators, with the standard editing roles', () => {
    const { item, items } = build(open);
    expect(item('edit.undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(item('edit.redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(item('edit.find').accelerator).toBe('CmdOrCtrl+F');
    expect(item('file.newAccount').accelerator).toBe('CmdOrCtrl+N');
    // The map's bare zoom keys are shown but left to the page (so they still type in fields); the window's zoom keeps Ctrl.
    expect(item('view.zoomIn')).toMatchObject({ accelerator: 'Plus', registerAccelerator: false });
    expect(item('view.fit')).toMatchObject({ accelerator: '0', registerAccelerator: false });
    expect(items.filter((i) => i.accelerator && !/(CmdOrCtrl|Shift|Alt)\+/.test(i.accelerator)).every((i) => i.registerAccelerator === false)).toBe(true);
    expect(items.find((i) => i.role === 'zoomIn')?.accelerator).toBe('CmdOrCtrl+Plus');
    expect(items.find((i) => i.role === 'resetZoom')?.accelerator).toBe('CmdOrCtrl+0');
    expect(item('account.logVisit').accelerator).toBe('Shift+CmdOrCtrl+L');
    expect(item('view.layout.rings').accelerator).toBe('CmdOrCtrl+4');
    for (const role of ['cut', 'copy', 'paste', 'quit'] as const) expect(items.find((i) => i.role === role)?.accelerator).toMatch(/^CmdOrCtrl\+[XCVQ]$/);
    // No accelerator is used twice.
    const accelerators = items.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('with no account open: only what needs none is enabled', () => {
    const { item } = build(initialMenuState('en'));
    const enabled = MENU_COMMANDS.filter((id) => item(id).enabled);
    expect(enabled.sort()).toEqual(['file.backups', 'file.newAccount', 'file.openAccountFile', 'help.about', 'help.dataFolder', 'help.shortcuts'].sort());
  });

  it('with an account open: the map items are enabled and checked from the state', () => {
    const { item } = build(open);
    for (const id of ['file.import', 'file.exportPng', 'file.exportSvg', 'file.exportBrief', 'file.saveAccountFile', 'edit.find', 'view.zoomIn', 'view.fit', 'account.addPerson', 'account.details', 'account.logVisit', 'account.planVisit', 'view.layout.saved'] as const) {
      expect(item(id).enabled, id).toBe(true);
    }
    expect(item('view.layout.orgChart')).toMatchObject({ type: 'radio', checked: true });
    expect(item('view.layout.saved').checked).toBe(false);
    expect(item('view.filter.supportBase')).toMatchObject({ type: 'checkbox', checked: true });
    expect(item('view.filter.keyPeople').checked).toBe(false);
    expect(item('view.legend').checked).toBe(true);
    expect(item('view.theme.dark')).toMatchObject({ type: 'radio', checked: true, enabled: true });
    expect(item('view.theme.light').checked).toBe(false);
  });

  it('a theme-less page disables the theme items', () => {
    const { item } = build({ ...open, theme: null });
    expect(item('view.theme.system').enabled).toBe(false);
  });

  it('Undo and Redo carry what they would undo, and are disabled with nothing to undo', () => {
    const none = build(open);
    expect(none.item('edit.undo')).toMatchObject({ label: 'Undo', enabled: false });
    expect(none.item('edit.redo')).toMatchObject({ label: 'Redo', enabled: false });
    const some = build({ ...open, undoLabel: "change Sun Meihua's stance", redoLabel: 'delete Wang Li' });
    expect(some.item('edit.undo')).toMatchObject({ label: "Undo change Sun Meihua's stance", enabled: true });
    expect(some.item('edit.redo')).toMatchObject({ label: 'Redo delete Wang Li', enabled: true });
    const zh = build({ ...open, language: 'zh-CN', undoLabel: '修改孙美华的立场', redoLabel: null });
    expect(zh.item('edit.undo').label).toBe('撤销：修改孙美华的立场');
    expect(zh.item('edit.redo').label).toBe('重做');
    // Typing in a field: Undo / Redo are the field's (enabled, plain), even with nothing of the app's to undo.
    const typing = build({ ...open, editingText: true });
    expect(typing.item('edit.undo')).toMatchObject({ label: 'Undo', enabled: true });
    expect(typing.item('edit.redo')).toMatchObject({ label: 'Redo', enabled: true });
    expect(build({ ...open, editingText: true, undoLabel: 'add Wang Li' }).item('edit.undo').label).toBe('Undo');
  });

  it('the past is read-only (no edits, import or layouts) but exportable; a what-if scenario is neither', () => {
    const past = build({ ...open, mode: 'past', undoLabel: 'x' });
    for (const id of ['file.import', 'edit.undo', 'view.layout.rings', 'account.addPerson', 'account.logVisit', 'file.openAccountFile'] as const) expect(past.item(id).enabled, id).toBe(false);
    for (const id of ['file.exportPng', 'file.saveAccountFile', 'view.zoomIn', 'edit.find'] as const) expect(past.item(id).enabled, id).toBe(true);
    const scenario = build({ ...open, mode: 'scenario' });
    expect(scenario.item('file.exportPng').enabled).toBe(false);
    expect(scenario.item('file.exportBrief').enabled).toBe(false);
  });

  it('is in Chinese when the app is, with no raw keys or placeholders left, in either language', () => {
    const zh = build({ ...open, language: 'zh-CN' });
    expect(zh.template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '客户', '帮助']);
    expect(zh.item('account.addPerson').label).toBe('添加人物');
    expect(zh.item('view.filter.supportBase').label).toBe('只看支持面');
    for (const state of [open, { ...open, language: 'zh-CN' as const }, { ...open, undoLabel: 'a', redoLabel: 'b' }]) {
      for (const e of [env, { isMac: true, isPackaged: false }]) {
        const labels = build(state, e).items.map((i) => i.label).filter((l): l is string => l !== undefined);
        for (const label of labels) {
          expect(label, label).not.toMatch(/\{|\}|^(menu|file|edit|view|account|help|window)\.[a-zA-Z.]+$/);
          expect(label.trim()).not.toBe('');
        }
        if (state.language === 'zh-CN') expect(labels.filter((l) => /^[\x20-\x7e]+$/.test(l) && !/Powermap|PNG|SVG/.test(l))).toEqual([]);
      }
    }
  });

  it('the label table has the same keys in both languages, none empty', () => {
    expect(Object.keys(MENU_LABELS['zh-CN']).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
    for (const table of Object.values(MENU_LABELS)) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });

  it('development builds add Reload and the developer tools; packaged ones do not', () => {
    expect(build(open, { isMac: false, isPackaged: false }).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(build(open).items.some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
  });
});
