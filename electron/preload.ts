// Preload (sandboxed: bundled self-contained, may only require 'electron'): exposes window.api.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from './preload/buildApi';

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
