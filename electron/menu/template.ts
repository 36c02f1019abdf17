// The native menu, built from the page's state by a pure function (no electron import, so it is
// unit-tested under Node). The objects are a subset of Electron's MenuItemConstructorOptions:
// main.ts hands them to Menu.buildFromTemplate as they are. Each command item's click calls `send`
// with its dotted id (shared/menu/commands.ts); the standard editing items are Electron roles.
import type { LayoutName } from '../../shared/domain/model';
import type { MenuCommandId } from '../../shared/menu/commands';
import type { MenuState, Theme } from '../../shared/menu/state';
import { menuLabel, type MenuLabelKey } from './labels';

export type MenuRole =
  | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'quit' | 'about' | 'hide' | 'hideOthers' | 'unhide'
  | 'services' | 'togglefullscreen' | 'reload' | 'toggleDevTools' | 'minimize' | 'close' | 'front'
  | 'zoomIn' | 'zoomOut' | 'resetZoom';

export interface MenuItemSpec {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  accelerator?: string;
  /** false: the accelerator is shown but the page handles the key itself (a bare key must still type in fields). */
  registerAccelerator?: boolean;
  enabled?: boolean;
  checked?: boolean;
  submenu?: MenuItemSpec[];
  click?: () => void;
}

export interface MenuEnv {
  isMac: boolean;
  /** Development builds add Reload and the developer tools to View. */
  isPackaged: boolean;
}

export type SendCommand = (id: MenuCommandId) => void;

const LAYOUT_ITEMS: ReadonlyArray<[MenuCommandId & MenuLabelKey, LayoutName, string]> = [
  ['view.layout.saved', 'saved', 'CmdOrCtrl+1'],
  ['view.layout.orgChart', 'org-chart', 'CmdOrCtrl+2'],
  ['view.layout.network', 'influence-network', 'CmdOrCtrl+3'],
  ['view.layout.rings', 'rings', 'CmdOrCtrl+4'],
];

const THEME_ITEMS: ReadonlyArray<[MenuCommandId & MenuLabelKey, Theme]> = [
  ['view.theme.light', 'light'],
  ['view.theme.dark', 'dark'],
  ['view.theme.system', 'system'],
];

const separator: MenuItemSpec = { type: 'separator' };

export function buildMenuTemplate(state: MenuState, env: MenuEnv, send: SendCommand): MenuItemSpec[] {
  const l = (key: MenuLabelKey, params?: Record<string, string>) => menuLabel(state.language, key, params);
  const command = (id: MenuCommandId & MenuLabelKey, enabled: boolean, extra: Partial<MenuItemSpec> = {}): MenuItemSpec => ({
    id,
    label: l(id),
    enabled,
    click: () => send(id),
    ...extra,
  });
  const open = state.hasAccount;
  const live = open && state.mode === 'live';
  const exportable = open && state.mode !== 'scenario';

  const file: MenuItemSpec[] = [
    command('file.newAccount', true, { accelerator: 'CmdOrCtrl+N' }),
    command('file.import', live, { accelerator: 'CmdOrCtrl+I' }),
    separator,
    command('file.exportPng', exportable, { accelerator: 'CmdOrCtrl+E' }),
    command('file.exportSvg', exportable, { accelerator: 'Shift+CmdOrCtrl+E' }),
    command('file.exportBrief', exportable, { accelerator: 'CmdOrCtrl+P' }),
    separator,
    command('file.saveAccountFile', exportable, { accelerator: 'CmdOrCtrl+S' }),
    command('file.openAccountFile', !open || state.mode === 'live', { accelerator: 'CmdOrCtrl+O' }),
    command('file.backups', true),
    ...(env.isMac ? [] : [separator, { role: 'quit', label: l('file.quit'), accelerator: 'CmdOrCtrl+Q' } as MenuItemSpec]),
  ];

  const edit: MenuItemSpec[] = [
    // The app's undo, labelled with what it undoes; in a text field, the field's own undo of the typing.
    command('edit.undo', state.editingText || (live && state.undoLabel !== null), {
      label: state.undoLabel && !state.editingText ? l('edit.undoWhat', { what: state.undoLabel }) : l('edit.undo'),
      accelerator: 'CmdOrCtrl+Z',
    }),
    command('edit.redo', state.editingText || (live && state.redoLabel !== null), {
      label: state.redoLabel && !state.editingText ? l('edit.redoWhat', { what: state.redoLabel }) : l('edit.redo'),
      accelerator: 'Shift+CmdOrCtrl+Z',
    }),
    separator,
    { role: 'cut', label: l('edit.cut'), accelerator: 'CmdOrCtrl+X' },
    { role: 'copy', label: l('edit.copy'), accelerator: 'CmdOrCtrl+C' },
    { role: 'paste', label: l('edit.paste'), accelerator: 'CmdOrCtrl+V' },
    { role: 'selectAll', label: l('edit.selectAll'), accelerator: 'CmdOrCtrl+A' },
    separator,
    command('edit.find', open, { accelerator: 'CmdOrCtrl+F' }),
  ];

  const view: MenuItemSpec[] = [
    {
      label: l('view.layouts'),
      submenu: LAYOUT_ITEMS.map(([id, layout, accelerator]) =>
        command(id, live, { type: 'radio', checked: state.layout === layout, accelerator }),
      ),
    },
    command('view.filter.supportBase', open, { type: 'checkbox', checked: state.supportBaseOnly }),
    command('view.filter.keyPeople', open, { type: 'checkbox', checked: state.keyPeopleOnly }),
    command('view.legend', open, { type: 'checkbox', checked: state.legendOpen }),
    separator,
    // The map's zoom keys are bare (+, −, 0) and handled by the page, which knows when a field has focus.
    command('view.zoomIn', open, { accelerator: 'Plus', registerAccelerator: false }),
    command('view.zoomOut', open, { accelerator: '-', registerAccelerator: false }),
    command('view.fit', open, { accelerator: '0', registerAccelerator: false }),
    {
      // The whole window's zoom, for reading comfort (Electron's roles).
      label: l('view.textSize'),
      submenu: [
        { role: 'zoomIn', label: l('view.textLarger'), accelerator: 'CmdOrCtrl+Plus' },
        { role: 'zoomOut', label: l('view.textSmaller'), accelerator: 'CmdOrCtrl+-' },
        { role: 'resetZoom', label: l('view.textActual'), accelerator: 'CmdOrCtrl+0' },
      ],
    },
    separator,
    {
      label: l('view.theme'),
      submenu: THEME_ITEMS.map(([id, theme]) => command(id, state.theme !== null, { type: 'radio', checked: state.theme === theme })),
    },
    separator,
    { role: 'togglefullscreen', label: l('view.fullScreen') },
    ...(env.isPackaged
      ? []
      : ([separator, { role: 'reload', label: l('view.reload') }, { role: 'toggleDevTools', label: l('view.devTools') }] as MenuItemSpec[])),
  ];

  const account: MenuItemSpec[] = [
    command('account.addPerson', live, { accelerator: 'Shift+CmdOrCtrl+N' }),
    command('account.details', live),
    separator,
    command('account.logVisit', live, { accelerator: 'Shift+CmdOrCtrl+L' }),
    command('account.planVisit', live),
  ];

  const help: MenuItemSpec[] = [
    command('help.shortcuts', true, { accelerator: 'CmdOrCtrl+/' }),
    command('help.dataFolder', true),
    ...(env.isMac ? [] : [separator, command('help.about', true)]),
  ];

  const macApp: MenuItemSpec = {
    label: l('menu.app'),
    submenu: [
      command('help.about', true),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit', label: l('file.quit'), accelerator: 'CmdOrCtrl+Q' },
    ],
  };
  const windowMenu: MenuItemSpec = {
    label: l('window.menu'),
    submenu: [{ role: 'minimize', label: l('window.minimize') }, { role: 'close', label: l('window.close') }, ...(env.isMac ? [{ role: 'front' } as MenuItemSpec] : [])],
  };

  return [
    ...(env.isMac ? [macApp] : []),
    { label: l('menu.file'), submenu: file },
    { label: l('menu.edit'), submenu: edit },
    { label: l('menu.view'), submenu: view },
    { label: l('menu.account'), submenu: account },
    ...(env.isMac ? [windowMenu] : []),
    { label: l('menu.help'), submenu: help },
  ];
}

/** Every item of a template, depth first (for the shortcuts list and tests). */
export function flattenMenu(items: readonly MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...(item.submenu ? flattenMenu(item.submenu) : [])]);
}
