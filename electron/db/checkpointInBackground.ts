// Runs a checkpoint in a worker thread (checkpointWorker.ts) after a big write, so the main thread
// never copies the log itself. Resolves either way: a checkpoint that could not run here is left to
// SQLite's own automatic one at a later commit (later, never lost: the log stays valid until then).
import fs from 'node:fs';
import { startWorker } from './startWorker';

export interface BackgroundCheckpointOptions {
  nativeBinding?: string | undefined;
  /** dist/electron/checkpointWorker.cjs in the app; electron/db/checkpointWorker.ts (through tsx) from source. */
  workerFile: string;
}

/** Resolves with null when the worker checkpointed, or with why it could not. */
export function checkpointInBackground(file: string, options: BackgroundCheckpointOptions): Promise<string | null> {
  if (!fs.existsSync(options.workerFile)) return Promise.resolve(`no worker file ${options.workerFile}`);
  return new Promise((resolve) => {
    const worker = startWorker(options.workerFile, { file, nativeBinding: options.nativeBinding });
    worker.once('message', (m: { done?: boolean; error?: string }) => {
      void worker.terminate();
      resolve(m.done ? null : (m.error ?? 'the checkpoint worker failed'));
    });
    worker.once('error', (err) => resolve(err.message));
    worker.once('exit', () => resolve('the checkpoint worker stopped before answering'));
  });
}
