// The native menu's controller: builds it from the page's state, rebuilds it when the page sends
// a new one (validated, from the app's own main frame only), and routes a click — to the page as a
// command id, or to the main process for the few it answers itself (shortcuts, data folder, About).
// Everything Electron is passed in (main.ts), so this runs under plain Node in the unit tests.
import { isMenuCommand, MAIN_COMMANDS, MENU_STATE_CHANNEL, type MainCommandId, type MenuCommandId, type RendererCommandId } from '../../shared/menu/commands';
import { menuStateSchema, type MenuState } from '../../shared/menu/state';
import type { IsTrustedSender, SenderEventLike } from '../security/sender';
import { aboutBox, shortcutsBox, type MessageBoxText } from './helpBoxes';
import { buildMenuTemplate, type MenuEnv, type MenuItemSpec } from './template';

export interface AppMenuPorts {
  /** Menu.setApplicationMenu(Menu.buildFromTemplate(template)). */
  setMenu(template: MenuItemSpec[]): void;
  /** webContents.send(MENU_COMMAND_CHANNEL, id) to the app window, if there is one. */
  sendToPage(id: RendererCommandId): void;
  showMessage(text: MessageBoxText): void;
  /** Shows the database file in the system's file manager. */
  showDataFolder(): void;
}

export interface AppMenuOptions extends MenuEnv {
  version: string;
  dbPath: string;
}

export interface AppMenu {
  /** Takes the page's state (unvalidated); rebuilds the menu when it is valid and different. Returns whether it was accepted. */
  update(raw: unknown): boolean;
  state(): MenuState;
  /** What a click on the item with this id does (also what the tests call). */
  run(id: MenuCommandId): void;
}

const isMainCommand = (id: MenuCommandId): id is MainCommandId => (MAIN_COMMANDS as readonly string[]).includes(id);

export function createAppMenu(ports: AppMenuPorts, options: AppMenuOptions, initial: MenuState): AppMenu {
  let state = initial;
  let template: MenuItemSpec[] = [];
  const run = (id: MenuCommandId): void => {
    if (!isMainCommand(id)) return ports.sendToPage(id);
    if (id === 'help.dataFolder') return ports.showDataFolder();
    if (id === 'help.about') return ports.showMessage(aboutBox(state.language, options.version, options.dbPath));
    ports.showMessage(shortcutsBox(template, state.language, options.isMac));
  };
  const render = () => {
    template = buildMenuTemplate(state, options, run);
    ports.setMenu(template);
  };
  render();
  return {
    update(raw) {
      const parsed = menuStateSchema.safeParse(raw);
      if (!parsed.success) return false;
      if (JSON.stringify(parsed.data) !== JSON.stringify(state)) {
        state = parsed.data;
        render();
      }
      return true;
    },
    state: () => state,
    run: (id) => {
      if (isMenuCommand(id)) run(id);
    },
  };
}

type StateListener = (event: SenderEventLike, raw: unknown) => void;

export interface IpcMainOnLike {
  on(channel: string, listener: StateListener): unknown;
  removeListener(channel: string, listener: StateListener): unknown;
}

/** Listens for the page's menu state; anything not from the app's main frame is dropped (and reported). */
export function listenForMenuState(
  ipcMain: IpcMainOnLike,
  menu: AppMenu,
  isTrustedSender: IsTrustedSender,
  onRefused: (reason: string) => void = () => undefined,
): () => void {
  const listener: StateListener = (event, raw) => {
    if (!isTrustedSender(event)) return onRefused(`menu state from ${event.senderFrame?.url ?? 'unknown'}`);
    if (!menu.update(raw)) onRefused('invalid menu state');
  };
  ipcMain.on(MENU_STATE_CHANNEL, listener);
  return () => ipcMain.removeListener(MENU_STATE_CHANNEL, listener);
}
