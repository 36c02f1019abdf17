// Every command the native menu can send, as dotted ids listed once. The main process puts them on
// the menu items; the renderer maps each one it receives to an action (renderer/menu/dispatch.ts).
// A few are answered by the main process itself (it can open a folder or show a native box).

export const MENU_COMMANDS = [
  'file.newAccount',
  'file.import',
  'file.exportPng',
  'file.exportSvg',
  'file.exportBrief',
  'file.saveAccountFile',
  'file.openAccountFile',
  'file.backups',
  'edit.undo',
  'edit.redo',
  'edit.find',
  'view.layout.saved',
  'view.layout.orgChart',
  'view.layout.network',
  'view.layout.rings',
  'view.filter.supportBase',
  'view.filter.keyPeople',
  'view.legend',
  'view.zoomIn',
  'view.zoomOut',
  'view.fit',
  'view.theme.light',
  'view.theme.dark',
  'view.theme.system',
  'account.addPerson',
  'account.details',
  'account.logVisit',
  'account.planVisit',
  'help.shortcuts',
  'help.dataFolder',
  'help.about',
] as const;

export type MenuCommandId = (typeof MENU_COMMANDS)[number];

/** Answered in the main process (a folder opened, a native box); never sent to the page. */
export const MAIN_COMMANDS = ['help.shortcuts', 'help.dataFolder', 'help.about'] as const satisfies readonly MenuCommandId[];
export type MainCommandId = (typeof MAIN_COMMANDS)[number];

/** Sent to the page, which runs the matching action. */
export type RendererCommandId = Exclude<MenuCommandId, MainCommandId>;
export const RENDERER_COMMANDS = MENU_COMMANDS.filter(
  (id): id is RendererCommandId => !(MAIN_COMMANDS as readonly string[]).includes(id),
);

export const isMenuCommand = (value: unknown): value is MenuCommandId =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

/** The two channels outside the contract: main → page (a command id), page → main (the menu state). */
export const MENU_COMMAND_CHANNEL = 'powermap-menu:command';
export const MENU_STATE_CHANNEL = 'powermap-menu:state';
