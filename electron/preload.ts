// Preload (sandboxed: bundled self-contained, may only require 'electron'): exposes window.api
// (the contract) and window.powermapMenu (the native menu's state and commands).
import { contextBridge, ipcRenderer } from 'electron';
import { MENU_BRIDGE_GLOBAL } from '../shared/menu/bridge';
import { buildApi } from './preload/buildApi';
import { buildMenuBridge } from './preload/buildMenuBridge';

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
contextBridge.exposeInMainWorld(MENU_BRIDGE_GLOBAL, buildMenuBridge(ipcRenderer));
