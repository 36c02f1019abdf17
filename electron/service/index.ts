// The application service: one method per contract call, composed from per-domain modules.
// To add calls: add them to shared/ipc/contract.ts, write a module here, and add ONE line below.
import type { ServiceImpl } from '../../shared/ipc/api';
import type { Method } from '../../shared/ipc/contract';
import { accountJsonMethods } from './accountJson';
import { accountMethods } from './accounts';
import { backupMethods } from './backups';
import { coachingMethods } from './coaching';
import type { ServiceContext } from './context';
import { fileMethods } from './files';
import { historyMethods } from './history';
import { importMethods } from './imports';
import { peopleMethods } from './people';
import { nextStepMethods } from './nextSteps';
import { mapMethods } from './positions';
import { purchaseMethods } from './purchases';
import { relationshipMethods } from './relationships';
import { restoreGateOf } from './restoreGate';
import { settingsMethods } from './settings';
import { snapshotMethods } from './snapshots';
import { guardStoreErrors } from './storeErrors';
import { visitPlanMethods } from './visitPlan';
import { visitMethods } from './visits';
import { undoMethods } from './undo';
import { runStep, takeFinishedStep } from './undoScope';
import { stateOf } from './undo';
import { withChangeFeed } from '../../shared/ipc/changeFeed';
import { viewStateMethods } from './viewState';

export type { ServiceContext } from './context';

export function createService(ctx: ServiceContext): ServiceImpl {
  const feed = () => {
    const done = takeFinishedStep(ctx);
    if (!done) return null;
    try {
      return { ...done, undo: ctx.store.read(() => stateOf(ctx, done.accountId)) };
    } catch {
      return null;
    }
  };
  // A call held back by the gate (an import being saved) takes its change as it runs.
  restoreGateOf(ctx).setFeed(feed);
  return withChangeFeed(changeFeedless(ctx), feed);
}

function changeFeedless(ctx: ServiceContext): ServiceImpl {
  return guardStoreErrors(gateDuringRestore(ctx, asUndoSteps(ctx, {
    ...settingsMethods(ctx),
    ...accountMethods(ctx),
    ...mapMethods(ctx),
    ...peopleMethods(ctx),
    ...relationshipMethods(ctx),
    ...historyMethods(ctx),
    ...snapshotMethods(ctx),
    ...importMethods(ctx),
    ...accountJsonMethods(ctx),
    ...backupMethods(ctx),
    ...fileMethods(ctx),
    ...visitMethods(ctx),
    ...nextStepMethods(ctx),
    ...purchaseMethods(ctx),
    ...coachingMethods(ctx),
    ...visitPlanMethods(ctx),
    ...undoMethods(ctx),
    ...viewStateMethods(ctx),
  })));
}

/**
 * The calls that edit an account, each run as one named undo step (undoScope.ts). commitImport is
 * asynchronous: it opens its step around its one write transaction (imports.ts). createAccount and
 * whole-file imports start a new account and are no step of it.
 */
export const UNDOABLE_METHODS = [
  'updateAccount', 'setAccountArchived', 'deleteAccount',
  'createPerson', 'updatePerson', 'deletePerson',
  'createRelationship', 'updateRelationship', 'deleteRelationship',
  'savePositions', 'createVisit', 'updateVisit', 'deleteVisit', 'completeNextStep', 'setYearlyPurchases',
] as const satisfies readonly Method[];

function asUndoSteps(ctx: ServiceContext, service: ServiceImpl): ServiceImpl {
  const wrapped: Record<string, unknown> = { ...service };
  for (const name of UNDOABLE_METHODS) {
    const fn = service[name] as (input: unknown) => unknown;
    wrapped[name] = (input: unknown) => runStep(ctx, name, input, () => fn(input));
  }
  return wrapped as ServiceImpl;
}

/** Every call but the restore itself passes the context's restore gate (restoreGate.ts). */
function gateDuringRestore(ctx: ServiceContext, service: ServiceImpl): ServiceImpl {
  const gate = restoreGateOf(ctx);
  const gated: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(service) as Array<[Method, (input: unknown) => unknown]>) {
    gated[name] = name === 'restoreBackup' ? fn : (input: unknown) => gate.admit(name, () => fn(input));
  }
  return gated as ServiceImpl;
}
