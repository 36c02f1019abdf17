// Saving exports (PNG, SVG, PDF, JSON, CSV, calendar .ics) through the platform: the native save dialog in the app,
// a temp folder in tests; and the clipboard. Spread into shared/ipc/contract.ts.
import { z } from 'zod';
import { SAVE_KINDS, SAVE_MAX_BYTES } from './fileName';

const call = <I extends z.ZodType>(input: I) => ({
  returns: <R>() => ({ input, result: undefined as unknown as R }),
});

/** Where the file went; null when the rep cancelled the dialog. */
export type SavedFile = { path: string } | null;

const suggestedName = z.string().min(1).max(200);

export const fileInputs = {
  saveFile: z
    .object({
      suggestedName,
      kind: z.enum(SAVE_KINDS),
      dataBase64: z
        .string()
        .max(Math.ceil(SAVE_MAX_BYTES / 3) * 4, { error: 'error.export.tooLarge' })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'error.export.badData' }),
    })
    .strict(),
  /** Prints the window's current page (the visit brief, with its print CSS: A4 landscape) and saves the PDF. */
  savePagePdf: z.object({ suggestedName }).strict(),
  /** Puts a PNG on the system clipboard from the main process (when the page's Clipboard API is not allowed). */
  copyImage: z
    .object({ pngBase64: z.string().max(Math.ceil(SAVE_MAX_BYTES / 3) * 4, { error: 'error.export.tooLarge' }).regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'error.export.badData' }) })
    .strict(),
};

export const fileCalls = {
  saveFile: call(fileInputs.saveFile).returns<SavedFile>(),
  savePagePdf: call(fileInputs.savePagePdf).returns<SavedFile>(),
  copyImage: call(fileInputs.copyImage).returns<void>(),
} as const;
