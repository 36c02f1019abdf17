// One named edit = one undo step. A mutating call runs inside `runStep`: the first history row it
// records opens the step (and clears the account's redo stack), every row it records carries the
// step's id as group_id, and when it returns the step gets its label and what it took along without
// history rows (undoExtras.ts). A call that changes nothing opens no step. Nested calls (an import
// creating relationships) belong to the outer step.
import type { HistoryChange } from '../db/history';
import type { ChangedEntity } from '../../shared/ipc/errors';
import type { ServiceContext } from './context';
import { captureExtras, isEmptyExtras, type UndoExtras } from './undoExtras';
import { labelContext, labelOf } from './undoLabels';

export interface ActiveStep {
  method: string;
  input: unknown;
  groupId: number | null;
  accountId: string | null;
  changes: HistoryChange[];
  extras: UndoExtras;
}

const active = new WeakMap<ServiceContext, ActiveStep>();

/** What the last finished step changed, until someone takes it (the change feed, index.ts). */
const finished = new WeakMap<ServiceContext, { accountId: string; entities: ChangedEntity[] }>();

export function takeFinishedStep(ctx: ServiceContext): { accountId: string; entities: ChangedEntity[] } | null {
  const done = finished.get(ctx) ?? null;
  finished.delete(ctx);
  return done;
}

function entitiesOf(step: ActiveStep, extras: UndoExtras): ChangedEntity[] {
  const kinds = new Set<ChangedEntity>(step.changes.map((c) => c.entity));
  if (extras.positions?.length) kinds.add('position');
  if (extras.purchases !== undefined) kinds.add('purchases');
  return [...kinds];
}

export function accountOfChange(change: HistoryChange): string {
  return change.entity === 'account' ? change.data.id : change.data.accountId;
}

function open(ctx: ServiceContext, step: ActiveStep, accountId: string): number {
  if (step.groupId === null) {
    ctx.store.undoSteps.dropRedo(accountId);
    step.accountId = accountId;
    step.groupId = ctx.store.undoSteps.insert({
      accountId,
      kind: 'edit',
      status: 'done',
      targetId: null,
      method: step.method,
      labelKey: 'undo.label.edit',
      labelParams: {},
      extra: {},
      at: ctx.clock.now().toISOString(),
    });
  }
  return step.groupId;
}

/** The group id a history row being recorded now belongs to (null outside a step). */
export function groupForRecord(ctx: ServiceContext, change: HistoryChange): number | null {
  const step = active.get(ctx);
  if (!step) return null;
  step.changes.push(change);
  return open(ctx, step, accountOfChange(change));
}

/** Runs one mutating call as one undo step, in one transaction. */
export function runStep<T>(ctx: ServiceContext, method: string, input: unknown, fn: () => T): T {
  if (active.has(ctx)) return fn();
  return ctx.store.transaction(() => {
    // The same body as a sliced step, run to its end at once (fn has no rows to yield between).
    // eslint-disable-next-line require-yield
    const steps = stepBody(ctx, method, input, function* () {
      return fn();
    });
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
    }
  });
}

/**
 * The same undo step for a long write done in slices (an import's 20,000 rows): `work` yields between
 * rows and the event loop gets a turn between slices, in one transaction all the same. The caller
 * holds every other store call back meanwhile (restoreGate.ts, `alone`): between slices the step is
 * open and the connection inside its transaction.
 */
export function runStepInSlices<T>(ctx: ServiceContext, method: string, input: unknown, work: () => Generator<unknown, T, void>): Promise<T> {
  if (active.has(ctx)) throw new Error(`${method} cannot run in slices inside another step`);
  return ctx.store.transactionInSlices(() => stepBody(ctx, method, input, work));
}

function* stepBody<T>(ctx: ServiceContext, method: string, input: unknown, work: () => Generator<unknown, T, void>): Generator<unknown, T, void> {
  const step: ActiveStep = { method, input, groupId: null, accountId: null, changes: [], extras: {} };
  active.set(ctx, step);
  try {
    const before = captureExtras(ctx, method, input);
    const was = labelContext(ctx, method, input);
    const result = yield* work();
    const extras = before?.finish() ?? {};
    if (step.groupId === null && !isEmptyExtras(extras) && before && extras.positions?.length) open(ctx, step, before.accountId);
    if (step.groupId !== null) {
      const label = labelOf(ctx, step, extras, was);
      ctx.store.undoSteps.finish(step.groupId, label.messageKey, label.params, extras);
      if (step.accountId) finished.set(ctx, { accountId: step.accountId, entities: entitiesOf(step, extras) });
    }
    return result;
  } finally {
    active.delete(ctx);
  }
}
