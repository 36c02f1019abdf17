// Puts a PNG on the system clipboard (the async Clipboard API; Electron and Chromium both allow it
// for a user gesture in a focused page).
import { ExportError } from '../../graph/exportPng';

export async function copyPngToClipboard(blob: Blob): Promise<void> {
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
  } catch (err) {
    const e = new ExportError('export.error.clipboard');
    e.message = err instanceof Error ? err.message : String(err);
    throw e;
  }
}
