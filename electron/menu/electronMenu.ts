// The Electron end of the native menu (thin; the logic is in appMenu.ts and template.ts): the menu
// set with Menu.buildFromTemplate, commands sent to the window's page, the page's state heard on
// MENU_STATE_CHANNEL, the folder and message boxes the main process shows itself.
import { dialog, ipcMain, Menu, shell, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../shared/menu/commands';
import { initialMenuState } from '../../shared/menu/state';
import type { IsTrustedSender } from '../security/sender';
import { createAppMenu, listenForMenuState, type AppMenu } from './appMenu';
import { menuLanguageOf } from './labels';

export interface InstallMenuOptions {
  window(): BrowserWindow | null;
  isMac: boolean;
  isPackaged: boolean;
  version: string;
  dbPath: string;
  /** The OS locale: the menu's language until the page says which one it shows. */
  locale: string;
  isTrustedSender: IsTrustedSender;
  onRefused(reason: string): void;
}

export function installAppMenu(options: InstallMenuOptions): AppMenu {
  const live = () => {
    const win = options.window();
    return win && !win.isDestroyed() ? win : null;
  };
  const menu = createAppMenu(
    {
      setMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
      sendToPage: (id) => live()?.webContents.send(MENU_COMMAND_CHANNEL, id),
      showMessage: ({ title, message, detail }) => {
        const box: MessageBoxOptions = { type: 'info', title, message, detail };
        const win = live();
        void (win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box));
      },
      showDataFolder: () => shell.showItemInFolder(options.dbPath),
    },
    { isMac: options.isMac, isPackaged: options.isPackaged, version: options.version, dbPath: options.dbPath },
    initialMenuState(menuLanguageOf(options.locale)),
  );
  listenForMenuState(ipcMain, menu, options.isTrustedSender, options.onRefused);
  return menu;
}
