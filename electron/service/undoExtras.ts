// What an edit changes or takes along without history rows, kept in its undo step: the positions a
// drag moved (before and after), and what deleting a person or an account cascades away (their
// positions in every layout, the visits they attended or owned the budget of, and for an account its
// visits, purchases and named snapshots). Undo puts the "before" side back; redo the "after" side.
import type { LayoutName } from '../../shared/domain/model';
import type { ParsedInput } from '../../shared/ipc/contract';
import type { Snapshot } from '../../shared/history/types';
import type { AccountPurchases, Visit } from '../../shared/visits/model';
import type { ServiceContext } from './context';

interface Point {
  x: number;
  y: number;
}

export interface PositionChange {
  personId: string;
  layout: LayoutName;
  before: Point | null;
  after: Point | null;
}

export interface UndoExtras {
  positions?: PositionChange[];
  visits?: Visit[];
  purchases?: AccountPurchases;
  snapshots?: Snapshot[];
  /** The rowids of people and relationships deleted, so putting them back keeps the lists' order. */
  rowids?: Record<string, number>;
}

interface Capture {
  accountId: string;
  /** Called after the edit ran: what the step keeps. */
  finish(): UndoExtras;
}

export const isEmptyExtras = (e: UndoExtras): boolean =>
  !e.positions?.length && !e.visits?.length && e.purchases === undefined && !e.snapshots?.length;

function rowidsOf(ctx: ServiceContext, people: Array<{ id: string }>, relationships: Array<{ id: string }>): Record<string, number> {
  const out: Record<string, number> = {};
  const put = (id: string, rowid: number | null) => {
    if (rowid !== null) out[id] = rowid;
  };
  for (const p of people) put(p.id, ctx.store.people.rowidOf(p.id));
  for (const r of relationships) put(r.id, ctx.store.relationships.rowidOf(r.id));
  return out;
}

const removed = (rows: Array<{ personId: string; layout: LayoutName; x: number; y: number }>): PositionChange[] =>
  rows.map((p) => ({ personId: p.personId, layout: p.layout, before: { x: p.x, y: p.y }, after: null }));

function capturePositions(ctx: ServiceContext, input: ParsedInput<'savePositions'>): Capture | null {
  if (input.undoable === false) return null;
  const latest = new Map(input.positions.map((p) => [p.personId, p]));
  const before = new Map([...latest.keys()].map((id) => [id, ctx.store.positions.get(id, input.layout)]));
  return {
    accountId: input.accountId,
    finish: () => ({
      positions: [...latest.values()]
        .map((p): PositionChange => {
          const b = before.get(p.personId) ?? null;
          return { personId: p.personId, layout: input.layout, before: b && { x: b.x, y: b.y }, after: { x: p.x, y: p.y } };
        })
        .filter((c) => c.before === null || c.before.x !== c.after!.x || c.before.y !== c.after!.y),
    }),
  };
}

function capturePersonDelete(ctx: ServiceContext, id: string): Capture | null {
  const person = ctx.store.people.get(id);
  if (!person) return null;
  const positions = removed(ctx.store.positions.listAll({ personId: id }));
  const visits = ctx.store.visits
    .listByAccount(person.accountId)
    .filter((v) => v.budgetOwnerId === id || v.attendees.some((a) => a.personId === id));
  const rowids = rowidsOf(ctx, [person], ctx.store.relationships.listByPerson(id));
  return { accountId: person.accountId, finish: () => ({ positions, visits, rowids }) };
}

function captureAccountDelete(ctx: ServiceContext, id: string): Capture | null {
  if (!ctx.store.accounts.get(id)) return null;
  const positions = removed(ctx.store.positions.listAll({ accountId: id }));
  const visits = ctx.store.visits.listByAccount(id);
  const purchases = ctx.store.purchases.get(id);
  const snapshots = ctx.store.snapshots.listByAccount(id);
  const rowids = rowidsOf(ctx, ctx.store.people.listByAccount(id), ctx.store.relationships.listByAccount(id));
  return {
    accountId: id,
    finish: () => ({ positions, visits, snapshots, rowids, ...(purchases.updatedAt !== null ? { purchases } : {}) }),
  };
}

/** Reads, before the edit runs, what it will change without history rows. */
export function captureExtras(ctx: ServiceContext, method: string, input: unknown): Capture | null {
  if (method === 'savePositions') return capturePositions(ctx, input as ParsedInput<'savePositions'>);
  if (method === 'deletePerson') return capturePersonDelete(ctx, (input as ParsedInput<'deletePerson'>).id);
  if (method === 'deleteRelationship') {
    const r = ctx.store.relationships.get((input as ParsedInput<'deleteRelationship'>).id);
    if (!r) return null;
    const rowids = rowidsOf(ctx, [], [r]);
    return { accountId: r.accountId, finish: () => ({ rowids }) };
  }
  if (method === 'deleteAccount') return captureAccountDelete(ctx, (input as ParsedInput<'deleteAccount'>).id);
  return null;
}

function putPosition(ctx: ServiceContext, accountId: string, c: PositionChange, to: Point | null): void {
  if (to === null) ctx.store.positions.remove(c.personId, c.layout);
  else if (ctx.store.people.get(c.personId)) ctx.store.positions.save(accountId, c.layout, [{ personId: c.personId, ...to }]);
}

/** Puts back what the edit changed or took along (after its history rows were inverted). */
export function restoreExtras(ctx: ServiceContext, accountId: string, extras: UndoExtras): void {
  for (const c of [...(extras.positions ?? [])].reverse()) putPosition(ctx, accountId, c, c.before);
  for (const v of extras.visits ?? []) {
    if (ctx.store.visits.get(v.id)) ctx.store.visits.update(v);
    else ctx.store.visits.insert(v);
  }
  if (extras.purchases) ctx.store.purchases.set({ ...extras.purchases, updatedAt: extras.purchases.updatedAt ?? '' });
  for (const s of extras.snapshots ?? []) if (!ctx.store.snapshots.get(s.id)) ctx.store.snapshots.insert(s);
}

/** Applies the edit's own side again on redo (after its history rows were re-applied). */
export function reapplyExtras(ctx: ServiceContext, accountId: string, extras: UndoExtras): void {
  for (const c of extras.positions ?? []) putPosition(ctx, accountId, c, c.after);
}
