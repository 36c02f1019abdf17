// Worker-thread entry (bundled to dist/electron/checkpointWorker.cjs): copies the write-ahead log
// into the database file (a PASSIVE checkpoint) on a connection of its own, off the main process's
// event loop. After a big import the log holds tens of MB; copying it took the main thread ~150 ms.
// PASSIVE never waits for readers or writers and changes no row. Answers { done } or { error }.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const { file, nativeBinding } = workerData as { file: string; nativeBinding?: string };
try {
  const db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    db.pragma('busy_timeout = 1000');
    db.pragma('wal_checkpoint(PASSIVE)');
  } finally {
    db.close();
  }
  parentPort?.postMessage({ done: true });
} catch (err) {
  parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) });
}
