// A restore closes the store, writes the backup into the file and reopens it. While it runs no other
// call may reach the store (it would find it closed) nor create or prune backups (pruning could
// delete the file being restored): they are refused with a typed error instead. Calls already under
// way when the restore is asked for are let finish first.
import type { Method } from '../../shared/ipc/contract';
import { conflict } from '../../shared/ipc/errors';
import type { ServiceContext } from './context';

/** Calls that never touch the store or the backups folder's contents: they answer during a restore. */
const STORE_FREE = new Set<Method>(['listBackups', 'getStartupStatus', 'recoverFromBackup', 'getImportProgress', 'cancelImport', 'saveFile', 'savePagePdf', 'copyImage']);

export interface RestoreGate {
  /** Runs one call, or refuses it while a restore runs; async calls count as under way until they settle. */
  admit<T>(method: Method, run: () => T): T;
  /** Runs the restore alone: refuses a second one, refuses new calls, waits for those under way. */
  exclusive<T>(run: () => Promise<T>): Promise<T>;
}

export function createRestoreGate(): RestoreGate {
  let restoring = false;
  let underWay = 0;
  const drained: Array<() => void> = [];
  const settle = () => {
    underWay--;
    if (underWay === 0) for (const resolve of drained.splice(0)) resolve();
  };
  return {
    admit(method, run) {
      if (STORE_FREE.has(method)) return run();
      if (restoring) throw conflict('error.backup.restoring');
      const result = run();
      if (result instanceof Promise) {
        underWay++;
        result.then(settle, settle);
      }
      return result;
    },
    async exclusive(run) {
      if (restoring) throw conflict('error.backup.busy');
      restoring = true;
      try {
        if (underWay > 0) await new Promise<void>((resolve) => drained.push(resolve));
        return await run();
      } finally {
        restoring = false;
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
