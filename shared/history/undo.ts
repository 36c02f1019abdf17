// Undo and redo (撤销 / 重做): the calls and what they answer. Every edit of an account (people,
// relationships, details, positions, an import, a visit, deleting a person or the account) is one
// named step; undo applies its inverse and redo applies it again, each as a new recorded change, so
// time travel and the support series see them. The stack is kept in the database (it survives a
// restart); a new edit clears the redo stack.
import { z } from 'zod';
import { id } from '../domain/schemas';
import type { MapPatch } from './mapPatch';

// Same shape as contract.ts's `call` helper.
const call = <I extends z.ZodType>(input: I) => ({
  returns: <R>() => ({ input, result: undefined as unknown as R }),
});

/** A step as the rep reads it: an i18n key under `undo.label.` with its params (MESSAGE_PARAMS). */
export interface UndoStep {
  messageKey: string;
  params: Record<string, string | number>;
  /** ISO instant of the edit. */
  at: string;
  /** The edit deleted the account itself: undoing it brings the account back. */
  restoresAccount: boolean;
}

/** What Ctrl+Z and redo would do now for an account (null: nothing). */
export interface UndoState {
  accountId: string;
  undo: UndoStep | null;
  redo: UndoStep | null;
}

/** What an undo or redo did, and the state after it. */
export interface UndoResult {
  step: UndoStep;
  state: UndoState;
  /** What the step did to the map, when it only changed or removed people and relationships (else null: read the map again). */
  patch: MapPatch | null;
}

const byAccount = z.object({ accountId: id }).strict();

export const undoCalls = {
  /**
   * Undoes the account's last edit. For an account that was deleted, undoes the deletion (the
   * account comes back with its people, relationships, positions, visits and purchases).
   * Errors: not-found (no such account and no deletion of it to undo), conflict error.undo.nothing.
   */
  undo: call(byAccount).returns<UndoResult>(),
  /** Redoes the edit undone last. Errors: not-found, conflict error.redo.nothing. */
  redo: call(byAccount).returns<UndoResult>(),
  /** What undo and redo would do (labels); works for a deleted account whose deletion can be undone. */
  getUndoState: call(byAccount).returns<UndoState>(),
} as const;
