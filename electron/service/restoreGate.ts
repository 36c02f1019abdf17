// The gate every call passes on its way to the store.
//
// A restore closes the store, writes the backup into the file and reopens it. While it runs no other
// call may reach the store (it would find it closed) nor create or prune backups (pruning could
// delete the file being restored): they are refused with a typed error instead. Calls already under
// way when the restore is asked for are let finish first.
//
// A write done in slices (an import's commit, undoScope.ts `runStepInSlices`) keeps its transaction
// open while the event loop turns. Meanwhile every other store call waits its turn and then runs as
// usual (it is not refused: the rep's edit made during an import lands after it), so no call ever
// reads half an import or writes into its transaction. Such writes run one at a time, each after
// the calls under way when it starts have settled.
import type { Method } from '../../shared/ipc/contract';
import { runAfter, Settled, type ChangeFeed } from '../../shared/ipc/changeFeed';
import { conflict } from '../../shared/ipc/errors';
import type { ServiceContext } from './context';

/** Calls that never touch the store or the backups folder's contents: they answer during a restore. */
const STORE_FREE = new Set<Method>(['listBackups', 'getStartupStatus', 'recoverFromBackup', 'getImportProgress', 'cancelImport', 'saveFile', 'savePagePdf', 'copyImage']);

export interface RestoreGate {
  /** Runs one call, or refuses it while a restore runs; async calls count as under way until they settle. */
  admit<T>(method: Method, run: () => T): T;
  /** Runs the restore alone: refuses a second one, refuses new calls, waits for those under way. */
  exclusive<T>(run: () => Promise<T>): Promise<T>;
  /**
   * Runs a sliced write with the store to itself: new calls wait until it settles (a restore is
   * refused). Its answer reaches dispatch with what it changed (changeFeed.ts, Settled).
   */
  alone<T>(run: () => Promise<T>): Promise<T>;
  /** Where a call that ran late takes what it changed (the service's change feed, index.ts). */
  setFeed(feed: ChangeFeed): void;
}

export function createRestoreGate(): RestoreGate {
  let restoring = false;
  let underWay = 0;
  /** Calls under way that are inside `alone` (waiting for their turn or running): not waited for. */
  let inAlone = 0;
  /** The sliced write running now, if any: new store calls wait for it. */
  let held: Promise<void> | null = null;
  /** Sliced writes run one after another. */
  let lastAlone: Promise<void> = Promise.resolve();
  let feed: ChangeFeed = () => null;
  const drained: Array<() => void> = [];
  const quiet: Array<() => void> = [];
  const settle = () => {
    underWay--;
    if (underWay === 0) for (const resolve of drained.splice(0)) resolve();
    if (underWay - inAlone <= 0) for (const resolve of quiet.splice(0)) resolve();
  };
  const admit = <T>(method: Method, run: () => T): T => {
    if (STORE_FREE.has(method)) return run();
    if (restoring) throw conflict('error.backup.restoring');
    if (held) return runAfter(held, feed, () => admit(method, run));
    const result = run();
    if (result instanceof Promise) {
      underWay++;
      result.then(settle, settle);
    }
    return result;
  };
  return {
    admit,
    async exclusive(run) {
      if (restoring || held) throw conflict('error.backup.busy');
      restoring = true;
      try {
        if (underWay > 0) await new Promise<void>((resolve) => drained.push(resolve));
        return await run();
      } finally {
        restoring = false;
      }
    },
    setFeed(take) {
      feed = take;
    },
    async alone(run) {
      inAlone++;
      const before = lastAlone;
      let release!: () => void;
      const done = new Promise<void>((resolve) => (release = resolve));
      lastAlone = done;
      try {
        await before;
        held = done;
        if (underWay - inAlone > 0) await new Promise<void>((resolve) => quiet.push(resolve));
        const value = await run();
        return new Settled(value, feed()) as unknown as typeof value;
      } finally {
        inAlone--;
        if (held === done) held = null;
        release();
      }
    },
  };
}

// One gate per context, shared by every service object made over it.
const gates = new WeakMap<ServiceContext, RestoreGate>();

export function restoreGateOf(ctx: ServiceContext): RestoreGate {
  let gate = gates.get(ctx);
  if (!gate) gates.set(ctx, (gate = createRestoreGate()));
  return gate;
}
