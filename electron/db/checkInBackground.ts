// Runs the deferred quick_check (checkLater.ts) in a worker thread. A check that cannot run — the
// worker file missing, the thread failing — is run on this thread instead: later, never skipped.
import fs from 'node:fs';
import { checkInPlace, type FileCheck } from './checkFile';
import { DatabaseCorruptError } from './errors';
import { startWorker } from './startWorker';

export interface BackgroundCheckOptions {
  nativeBinding?: string | undefined;
  /** The worker's script: dist/electron/checkWorker.cjs in the app; electron/db/checkWorker.ts (loaded through tsx) from source. */
  workerFile: string;
  /** Told when the check ran on this thread instead (the worker could not start or failed). */
  onFallback?: (reason: string) => void;
}

export function checkInBackground(file: string, options: BackgroundCheckOptions): Promise<FileCheck> {
  const native = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const onThisThread = (reason: string): FileCheck => {
    options.onFallback?.(reason);
    try {
      return checkInPlace(file, native);
    } catch (err) {
      if (err instanceof DatabaseCorruptError) return { version: 0, problems: err.details };
      throw err;
    }
  };
  const { workerFile } = options;
  if (!fs.existsSync(workerFile)) return Promise.resolve().then(() => onThisThread(`no worker file ${workerFile}`));
  return new Promise<FileCheck>((resolve, reject) => {
    const worker = startWorker(workerFile, { file, nativeBinding: options.nativeBinding });
    let done = false;
    worker.once('message', (m: { check?: FileCheck; error?: string }) => {
      done = true;
      void worker.terminate();
      // An unreadable file answers as problems (the worker's guard names them); anything else: retry here.
      if (m.check) resolve(m.check);
      else Promise.resolve().then(() => onThisThread(m.error ?? 'the worker failed')).then(resolve, reject);
    });
    worker.once('error', (err) => {
      if (!done) Promise.resolve().then(() => onThisThread(err.message)).then(resolve, reject);
      done = true;
    });
  });
}
