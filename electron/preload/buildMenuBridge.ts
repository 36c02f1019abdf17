// window.powermapMenu: the page's two menu messages outside the contract — its state up to the main
// process, command ids down from it. The IPC event never reaches the page, only a known command id.
import type { MenuBridge } from '../../shared/menu/bridge';
import { isMenuCommand, MAIN_COMMANDS, MENU_COMMAND_CHANNEL, MENU_STATE_CHANNEL, type RendererCommandId } from '../../shared/menu/commands';

export interface MenuIpcLike {
  send(channel: string, data: unknown): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
}

const isRendererCommand = (value: unknown): value is RendererCommandId =>
  isMenuCommand(value) && !(MAIN_COMMANDS as readonly string[]).includes(value);

export function buildMenuBridge(ipc: MenuIpcLike): MenuBridge {
  return Object.freeze({
    setState(state) {
      ipc.send(MENU_STATE_CHANNEL, state);
    },
    onCommand(listener) {
      const wrapped = (_event: unknown, id: unknown) => {
        if (isRendererCommand(id)) listener(id);
      };
      ipc.on(MENU_COMMAND_CHANNEL, wrapped);
      return () => ipc.removeListener(MENU_COMMAND_CHANNEL, wrapped);
    },
  } satisfies MenuBridge);
}
