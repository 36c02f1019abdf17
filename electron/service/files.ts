// Saving exports: the service checks and names the file, the injected platform port does the rest
// (native save dialog + write in the app, a temp folder in tests, printToPDF / page.pdf for the brief).
import type { SaveKind } from '../../shared/export/fileName';
import { safeFileName } from '../../shared/export/fileName';
import type { SavedFile } from '../../shared/export/contractCalls';
import type { ParsedInput } from '../../shared/ipc/contract';
import { conflict, ServiceError } from '../../shared/ipc/errors';
import type { ServiceContext } from './context';

export interface SaveRequest {
  /** A safe file name with its extension, e.g. "贝乐母婴连锁 2026-11-27.png". */
  fileName: string;
  kind: SaveKind;
  data: Uint8Array;
}

/** What the service needs from the platform it runs on (Electron main, browser harness, tests). */
export interface PlatformPort {
  /** Asks where to save (or decides, in tests) and writes the bytes; null when the rep cancelled. */
  saveFile(request: SaveRequest): Promise<SavedFile>;
  /** Prints the app window's current page to PDF with its print CSS (A4 landscape). */
  printPageToPdf(): Promise<Uint8Array>;
  /** Puts a PNG image on the system clipboard (optional: ports without it answer "unavailable"). */
  copyImage?(png: Uint8Array): Promise<void>;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function requirePlatform(ctx: ServiceContext): PlatformPort {
  if (!ctx.platform) throw conflict('error.export.unavailable');
  return ctx.platform;
}

async function save(platform: PlatformPort, request: SaveRequest): Promise<SavedFile> {
  try {
    return await platform.saveFile(request);
  } catch (err) {
    if (err instanceof ServiceError) throw err;
    throw new ServiceError({ code: 'internal', messageKey: 'error.export.saveFailed', params: { detail: String(err instanceof Error ? err.message : err).slice(0, 300) } });
  }
}

export function fileMethods(ctx: ServiceContext) {
  return {
    async saveFile({ suggestedName, kind, dataBase64 }: ParsedInput<'saveFile'>): Promise<SavedFile> {
      const platform = requirePlatform(ctx);
      const data = Buffer.from(dataBase64, 'base64');
      if (data.length === 0) throw conflict('error.export.empty');
      return save(platform, { fileName: safeFileName(suggestedName, kind), kind, data });
    },

    async savePagePdf({ suggestedName }: ParsedInput<'savePagePdf'>): Promise<SavedFile> {
      const platform = requirePlatform(ctx);
      let data: Uint8Array;
      try {
        data = await platform.printPageToPdf();
      } catch (err) {
        throw new ServiceError({ code: 'internal', messageKey: 'error.export.printFailed', params: { detail: String(err instanceof Error ? err.message : err).slice(0, 300) } });
      }
      return save(platform, { fileName: safeFileName(suggestedName, 'pdf'), kind: 'pdf', data });
    },

    async copyImage({ pngBase64 }: ParsedInput<'copyImage'>): Promise<void> {
      const platform = requirePlatform(ctx);
      if (!platform.copyImage) throw conflict('error.export.unavailable');
      const data = Buffer.from(pngBase64, 'base64');
      if (data.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((b, i) => data[i] !== b)) throw conflict('error.export.notPng');
      try {
        await platform.copyImage(data);
      } catch (err) {
        throw new ServiceError({ code: 'internal', messageKey: 'error.export.clipboardFailed', params: { detail: String(err instanceof Error ? err.message : err).slice(0, 300) } });
      }
    },
  };
}
