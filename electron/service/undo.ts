// The undo / redo calls (shared/history/undo.ts) over the steps kept in the database: undo applies
// the inverse of the account's last done edit, redo the edit undone last, each in one transaction
// as a new recorded change with its own group id.
import type { UndoStepRow } from '../db/undoSteps';
import type { UndoResult, UndoState, UndoStep } from '../../shared/history/undo';
import { conflict, notFound } from '../../shared/ipc/errors';
import { stamp, type ServiceContext, type SyncMethods } from './context';
import { invertRows, reapplyRows } from './undoApply';
import { reapplyExtras, restoreExtras, type UndoExtras } from './undoExtras';
import { mapPatchOf } from './undoPatch';

type UndoMethods = SyncMethods<'undo' | 'redo' | 'getUndoState'>;

const toStep = (s: UndoStepRow): UndoStep => ({
  messageKey: s.labelKey,
  params: s.labelParams,
  at: s.at,
  restoresAccount: s.method === 'deleteAccount',
});

export function stateOf(ctx: ServiceContext, accountId: string): UndoState {
  const undo = ctx.store.undoSteps.lastDone(accountId);
  const live = ctx.store.accounts.get(accountId) !== null;
  // A deleted account offers only the undo of its deletion.
  if (!live && undo?.method !== 'deleteAccount') throw notFound('account', accountId);
  const redo = live ? ctx.store.undoSteps.nextRedo(accountId) : null;
  return { accountId, undo: undo && toStep(undo), redo: redo && toStep(redo) };
}

function run(ctx: ServiceContext, accountId: string, direction: 'undo' | 'redo'): UndoResult {
  return ctx.store.transaction(() => {
    stateOf(ctx, accountId);
    const target = direction === 'undo' ? ctx.store.undoSteps.lastDone(accountId) : ctx.store.undoSteps.nextRedo(accountId);
    if (!target) throw conflict(direction === 'undo' ? 'error.undo.nothing' : 'error.redo.nothing');
    const when = stamp(ctx);
    const groupId = ctx.store.undoSteps.insert({
      ...target,
      kind: direction,
      status: 'applied',
      targetId: target.id,
      at: when.at,
    });
    const extras = target.extra as UndoExtras;
    // Rows deleted by the edit go back to their rowids; rows an undo deleted, to theirs on redo.
    const hints = direction === 'undo' ? extras.rowids : (ctx.store.undoSteps.lastUndoOf(target.id)?.extra as UndoExtras | undefined)?.rowids;
    const slots = { hints: hints ?? {}, taken: {} };
    let changes;
    if (direction === 'undo') {
      changes = invertRows(ctx, target.id, groupId, when, slots);
      restoreExtras(ctx, accountId, extras);
    } else {
      changes = reapplyRows(ctx, target.id, groupId, when, slots);
      reapplyExtras(ctx, accountId, extras);
    }
    ctx.store.undoSteps.finish(groupId, target.labelKey, target.labelParams, { rowids: slots.taken });
    ctx.store.undoSteps.setStatus(target.id, direction === 'undo' ? 'undone' : 'done');
    return { step: toStep(target), state: stateOf(ctx, accountId), patch: mapPatchOf(ctx, accountId, changes, extras) };
  });
}

export function undoMethods(ctx: ServiceContext): UndoMethods {
  return {
    undo: ({ accountId }) => run(ctx, accountId, 'undo'),
    redo: ({ accountId }) => run(ctx, accountId, 'redo'),
    getUndoState: ({ accountId }) => ctx.store.read(() => stateOf(ctx, accountId)),
  };
}
