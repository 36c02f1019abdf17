// The Electron side of the service's PlatformPort: the native save dialog, printToPDF of the app
// window and the clipboard. Only the main process loads this file (it imports 'electron'); tests use their own port.
import { clipboard, ClipboardItem, dialog, nativeImage, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import type { PlatformPort, SaveRequest } from './service/files';

const FILTERS: Record<SaveRequest['kind'], { name: string; extensions: string[] }> = {
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  json: { name: 'Powermap account (JSON)', extensions: ['json'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  ics: { name: 'Calendar (iCalendar)', extensions: ['ics'] },
};

export interface ElectronPlatformOptions {
  /** The app window (dialogs are modal to it; the brief is printed from it). */
  window(): BrowserWindow | null;
  /** Folder the save dialog opens in first (e.g. app.getPath('documents')). */
  defaultDir: string;
}

export function createElectronPlatform(options: ElectronPlatformOptions): PlatformPort {
  return {
    async saveFile({ fileName, kind, data }) {
      const win = options.window();
      const dialogOptions = { defaultPath: path.join(options.defaultDir, fileName), filters: [FILTERS[kind]], properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const result = win ? await dialog.showSaveDialog(win, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      if (result.canceled || !result.filePath) return null;
      // Write beside, then rename: a crash mid-write never leaves half a file under the rep's name.
      const tmp = `${result.filePath}.powermap-partial`;
      await fs.promises.writeFile(tmp, data);
      await fs.promises.rename(tmp, result.filePath);
      return { path: result.filePath };
    },

    async printPageToPdf() {
      const win = options.window();
      if (!win) throw new Error('no app window');
      // preferCSSPageSize: the brief's @page rule (A4 landscape) decides the paper.
      const pdf = await win.webContents.printToPDF({ landscape: true, pageSize: 'A4', printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
      return new Uint8Array(pdf);
    },

    async copyImage(png) {
      // Decoded first, so a damaged image is an error here rather than an empty clipboard.
      if (nativeImage.createFromBuffer(Buffer.from(png)).isEmpty()) throw new Error('not an image');
      await clipboard.write([new ClipboardItem({ 'image/png': new Blob([Buffer.from(png)], { type: 'image/png' }) })]);
    },
  };
}
