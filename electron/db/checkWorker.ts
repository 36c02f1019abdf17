// Worker-thread entry (bundled to dist/electron/checkWorker.cjs): the deferred whole-file check, run
// off the main process's event loop on a read-only connection. Answers one FileCheck, or { error }.
import { parentPort, workerData } from 'node:worker_threads';
import { checkInPlace } from './checkFile';
import { DatabaseCorruptError } from './errors';

const { file, nativeBinding } = workerData as { file: string; nativeBinding?: string };
try {
  parentPort?.postMessage({ check: checkInPlace(file, nativeBinding ? { nativeBinding } : {}) });
} catch (err) {
  if (err instanceof DatabaseCorruptError) parentPort?.postMessage({ check: { version: 0, problems: err.details } });
  else parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) });
}
