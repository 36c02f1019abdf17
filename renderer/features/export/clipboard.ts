// Puts a PNG on the system clipboard: the page's Clipboard API first; where the app denies it that
// permission (Electron's permission handler), the main process writes the image instead.
import { call } from '../../api/client';
import { blobToBase64, ExportError } from '../../graph/exportPng';

export async function copyPngToClipboard(blob: Blob): Promise<'page' | 'app'> {
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return 'page';
  } catch (first) {
    try {
      await call('copyImage', { pngBase64: await blobToBase64(blob) });
      return 'app';
    } catch {
      const e = new ExportError('export.error.clipboard');
      e.message = first instanceof Error ? first.message : String(first);
      throw e;
    }
  }
}
