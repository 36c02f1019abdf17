// One write transaction run in slices: the work is a generator that yields between rows, and the
// event loop gets a turn whenever a slice has run for `sliceMs`. Still all or nothing: BEGIN
// IMMEDIATE before the first row, COMMIT after the last, ROLLBACK if any row throws. Nested
// `store.transaction` calls inside the work become savepoints (better-sqlite3 sees the open one).
//
// While it runs the connection is inside the transaction between slices, so nothing else may use the
// store until it settles: the service holds every other store call back (restoreGate.ts, `alone`).
//
// A big transaction leaves a big write-ahead log, and SQLite's automatic checkpoint would copy it
// into the file inside COMMIT (~150 ms for 20,000 imported people). With `checkpoint` given, the
// automatic one is off for this transaction and `checkpoint` does it elsewhere (a worker thread,
// checkpointInBackground.ts); the automatic one is back on once that has settled.
import type BetterSqlite3 from 'better-sqlite3';

export const SLICE_MS = 25;

export interface SliceOptions {
  sliceMs?: number;
  /** Copies the log into the file off this thread after COMMIT; settles when done or given up. */
  checkpoint?: (() => Promise<unknown>) | undefined;
}

/** Lets timers, I/O and IPC run; a plain setImmediate, so a slice resumes as soon as they are done. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function transactionInSlices<T>(db: BetterSqlite3.Database, work: () => Generator<unknown, T, void>, options: SliceOptions = {}): Promise<T> {
  if (db.inTransaction) throw new Error('transactionInSlices cannot run inside another transaction');
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const autoCheckpoint = options.checkpoint ? (db.pragma('wal_autocheckpoint', { simple: true }) as number) : null;
  const restore = () => {
    if (autoCheckpoint !== null && db.open) db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
  };
  if (autoCheckpoint !== null) db.pragma('wal_autocheckpoint = 0');
  let committed = false;
  try {
    // A turn first and a turn before COMMIT: the caller's own work before, and COMMIT itself (60–95 ms
    // for 20,000 people), never add up with a slice into one longer hold.
    await nextTurn();
    db.exec('BEGIN IMMEDIATE');
    const steps = work();
    let sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) {
        await nextTurn();
        db.exec('COMMIT');
        committed = true;
        if (options.checkpoint) void options.checkpoint().catch(() => undefined).then(restore);
        return step.value;
      }
      if (performance.now() - sliceStart >= sliceMs) {
        await nextTurn();
        sliceStart = performance.now();
      }
    }
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  } finally {
    if (!committed) restore();
  }
}
