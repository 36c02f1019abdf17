// The import's life on the renderer side: send the file, poll progress while it is read and checked,
// fetch the preview (again after a mapping change), commit, or cancel. No React here.
import type { ImportField, ImportKind } from '../../../shared/import/fields';
import { IMPORT_LIMITS } from '../../../shared/import/fields';
import type { ImportCommitResult, ImportPreview, ImportProgress } from '../../../shared/import/preview';
import { call } from '../../api/client';
import { fileBase64 } from './fileBase64';
import { useUndo } from '../undo/undoStore';

export class FileTooLargeError extends Error {
  constructor() {
    super('file too large');
  }
}

const POLL_MS = 150;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads the file, starts the import and reports progress until the preview is ready (or it failed). */
export async function startImport(accountId: string, file: File, onProgress: (p: ImportProgress) => void, sheet: string | null = null): Promise<{ progress: ImportProgress; preview: ImportPreview | null }> {
  // Refused here too, so a file over the limit (IMPORT_LIMITS.maxBytes) is never read into memory or sent.
  if (file.size > IMPORT_LIMITS.maxBytes) throw new FileTooLargeError();
  const base64 = await fileBase64(new Uint8Array(await file.arrayBuffer()));
  let progress = await call('startImport', { accountId, source: { fileName: file.name || 'import.csv', base64 }, ...(sheet ? { sheet } : {}) });
  onProgress(progress);
  while (progress.phase === 'reading' || progress.phase === 'validating') {
    await sleep(POLL_MS);
    progress = await call('getImportProgress', { importId: progress.importId });
    onProgress(progress);
  }
  if (progress.phase === 'failed') return { progress, preview: null };
  return { progress, preview: await call('previewImport', { importId: progress.importId }) };
}

export interface PreviewChange {
  mapping?: Array<ImportField | null>;
  /** Read the file as the other kind (people ↔ relationships). */
  kind?: ImportKind;
  /** Mapping of the relationships sheet beside the people sheet. */
  companionMapping?: Array<ImportField | null>;
}

export function remap(importId: string, change: PreviewChange): Promise<ImportPreview> {
  return call('previewImport', { importId, ...change });
}

export async function commit(importId: string, skipErrors: boolean, skipDuplicates: boolean): Promise<ImportCommitResult> {
  const result = await call('commitImport', { importId, rowsWithErrors: skipErrors ? 'skip' : 'refuse', duplicates: skipDuplicates ? 'skip' : 'import' });
  // The import is one undo step; it commits asynchronously, so its answer carries no undo state.
  void useUndo.getState().refresh();
  return result;
}

export function cancel(importId: string): Promise<void> {
  return call('cancelImport', { importId });
}
