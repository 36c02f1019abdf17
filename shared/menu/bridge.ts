// What the preload exposes to the page for the native menu, beside window.api: push the menu's
// state, hear the commands. Only in the Electron app; the browser tests have no native menu.
import type { RendererCommandId } from './commands';
import type { MenuState } from './state';

export interface MenuBridge {
  setState(state: MenuState): void;
  /** Calls `listener` with each command id the menu sends; returns a function that stops it. */
  onCommand(listener: (id: RendererCommandId) => void): () => void;
}

/** The global the preload defines: window.powermapMenu. */
export const MENU_BRIDGE_GLOBAL = 'powermapMenu';
