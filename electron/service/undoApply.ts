// Applying an undo step's history rows backwards (undo) or forwards (redo), each applied change
// recorded as a new history row in the undo/redo's own group:
//   undo: create → delete · update → the entity's previous logged state · delete → insert again
//   redo: the rows as they were written.
// Rows are inverted newest first, so a person comes back before their relationships, and the
// top-decision-maker flag moves back in the order it moved.
import { historyEntityId, type HistoryChange, type HistoryEntry, type HistoryOp } from '../db/history';
import { conflict } from '../../shared/ipc/errors';
import type { ServiceContext } from './context';

type When = { at: string; day: string };

/** Rowids of people and relationships: `hints` where to put rows back, `taken` filled with the rows deleted. */
export interface RowSlots {
  hints: Record<string, number>;
  taken: Record<string, number>;
}

function current(ctx: ServiceContext, change: HistoryChange): HistoryChange['data'] | null {
  const s = ctx.store;
  switch (change.entity) {
    case 'account': return s.accounts.get(change.data.id);
    case 'person': return s.people.get(change.data.id);
    case 'relationship': return s.relationships.get(change.data.id);
    case 'visit': return s.visits.get(change.data.id);
    case 'purchases': return s.purchases.get(change.data.accountId);
  }
}

/** Writes `change` to the live tables. */
function put(ctx: ServiceContext, change: HistoryChange, slots: RowSlots): void {
  const s = ctx.store;
  const { op } = change;
  const key = historyEntityId(change);
  const hint = slots.hints[key] ?? null;
  const keep = (rowid: number | null) => {
    if (rowid !== null) slots.taken[key] = rowid;
  };
  switch (change.entity) {
    case 'account':
      if (op === 'create') s.accounts.insert(change.data);
      else if (op === 'update') s.accounts.update(change.data);
      else s.accounts.delete(change.data.id);
      return;
    case 'person':
      if (op === 'create') s.people.insert(change.data, hint);
      else if (op === 'update') s.people.update(change.data);
      else {
        keep(s.people.rowidOf(change.data.id));
        s.people.delete(change.data.id);
      }
      return;
    case 'relationship':
      if (op === 'create') s.relationships.insert(change.data, hint);
      else if (op === 'update') s.relationships.setStrength(change.data.id, change.data.strength);
      else {
        keep(s.relationships.rowidOf(change.data.id));
        s.relationships.delete(change.data.id);
      }
      return;
    case 'visit':
      if (op === 'create') s.visits.insert(change.data);
      else if (op === 'update') s.visits.update(change.data);
      else s.visits.delete(change.data.id);
      return;
    case 'purchases':
      if (op === 'delete' || change.data.updatedAt === null) s.purchases.clear(change.data.accountId);
      else s.purchases.set({ ...change.data, updatedAt: change.data.updatedAt });
      return;
  }
}

const as = (entry: HistoryEntry, op: HistoryOp, data: HistoryChange['data']): HistoryChange => ({ entity: entry.entity, op, data }) as HistoryChange;

/** The change that undoes one logged row. */
function inverseOf(ctx: ServiceContext, row: HistoryEntry): HistoryChange {
  if (row.op === 'delete') return as(row, 'create', row.data);
  if (row.op === 'create') {
    if (row.entity === 'purchases') return as(row, 'update', { ...row.data, yearly: [], judgement: null, updatedAt: null });
    return as(row, 'delete', current(ctx, row) ?? row.data);
  }
  const previous = ctx.store.history.previousOf(row.entityId, row.seq);
  if (!previous) throw conflict('error.undo.unavailable');
  return as(row, 'update', previous.data);
}

function apply(ctx: ServiceContext, change: HistoryChange, groupId: number, when: When, slots: RowSlots): HistoryChange {
  const logged = change.op === 'delete' ? (as(change as HistoryEntry, 'delete', current(ctx, change) ?? change.data)) : change;
  put(ctx, change, slots);
  ctx.store.history.record(logged, when.at, when.day, groupId);
  return logged;
}

/** Undoes the rows of step `targetId`, recording each change in group `groupId`; returns the changes applied, in order. */
export function invertRows(ctx: ServiceContext, targetId: number, groupId: number, when: When, slots: RowSlots): HistoryChange[] {
  return ctx.store.history.listByGroup(targetId).reverse().map((row) => apply(ctx, inverseOf(ctx, row), groupId, when, slots));
}

/** Applies the rows of step `targetId` again, recording each change in group `groupId`; returns the changes applied, in order. */
export function reapplyRows(ctx: ServiceContext, targetId: number, groupId: number, when: When, slots: RowSlots): HistoryChange[] {
  return ctx.store.history.listByGroup(targetId).map((row) => apply(ctx, as(row, row.op, row.data), groupId, when, slots));
}
