// SQL for undo steps (migration 5): one row per named edit of an account, whose history rows carry
// its id as group_id, and one per undo or redo applied. The undo stack of an account is its done
// edits (newest first); the redo stack its undone edits (the most recently undone = the oldest).
import type BetterSqlite3 from 'better-sqlite3';

export type UndoStepKind = 'edit' | 'undo' | 'redo';
export type UndoStepStatus = 'done' | 'undone' | 'dropped' | 'applied';

export interface UndoStepRow {
  id: number;
  accountId: string;
  kind: UndoStepKind;
  status: UndoStepStatus;
  targetId: number | null;
  method: string;
  labelKey: string;
  labelParams: Record<string, string | number>;
  extra: unknown;
  at: string;
}

interface Row {
  id: number;
  account_id: string;
  kind: string;
  status: string;
  target_id: number | null;
  method: string;
  label_key: string;
  label_params: string;
  extra: string;
  at: string;
}

const toStep = (r: Row): UndoStepRow => ({
  id: r.id,
  accountId: r.account_id,
  kind: r.kind as UndoStepKind,
  status: r.status as UndoStepStatus,
  targetId: r.target_id,
  method: r.method,
  labelKey: r.label_key,
  labelParams: JSON.parse(r.label_params) as Record<string, string | number>,
  extra: JSON.parse(r.extra) as unknown,
  at: r.at,
});

export function createUndoStepsRepo(db: BetterSqlite3.Database) {
  const insert = db.prepare<[Omit<Row, 'id'>]>(
    `INSERT INTO undo_steps (account_id, kind, status, target_id, method, label_key, label_params, extra, at)
     VALUES (@account_id, @kind, @status, @target_id, @method, @label_key, @label_params, @extra, @at)`,
  );
  const finish = db.prepare<[string, string, string, number]>('UPDATE undo_steps SET label_key = ?, label_params = ?, extra = ? WHERE id = ?');
  const setStatus = db.prepare<[string, number]>('UPDATE undo_steps SET status = ? WHERE id = ?');
  const lastDone = db.prepare<[string], Row>(
    "SELECT * FROM undo_steps WHERE account_id = ? AND kind = 'edit' AND status = 'done' ORDER BY id DESC LIMIT 1",
  );
  const nextRedo = db.prepare<[string], Row>(
    "SELECT * FROM undo_steps WHERE account_id = ? AND kind = 'edit' AND status = 'undone' ORDER BY id ASC LIMIT 1",
  );
  const lastUndoOf = db.prepare<[number], Row>("SELECT * FROM undo_steps WHERE target_id = ? AND kind = 'undo' ORDER BY id DESC LIMIT 1");
  const dropRedo = db.prepare<[string]>("UPDATE undo_steps SET status = 'dropped' WHERE account_id = ? AND kind = 'edit' AND status = 'undone'");

  return {
    insert(step: Omit<UndoStepRow, 'id'>): number {
      const info = insert.run({
        account_id: step.accountId,
        kind: step.kind,
        status: step.status,
        target_id: step.targetId,
        method: step.method,
        label_key: step.labelKey,
        label_params: JSON.stringify(step.labelParams),
        extra: JSON.stringify(step.extra ?? {}),
        at: step.at,
      });
      return Number(info.lastInsertRowid);
    },
    /** Sets an edit's label and what it took along once it has run. */
    finish(id: number, labelKey: string, labelParams: Record<string, string | number>, extra: unknown): void {
      finish.run(labelKey, JSON.stringify(labelParams), JSON.stringify(extra ?? {}), id);
    },
    setStatus(id: number, status: UndoStepStatus): void {
      setStatus.run(status, id);
    },
    /** What Ctrl+Z would undo. */
    lastDone(accountId: string): UndoStepRow | null {
      const r = lastDone.get(accountId);
      return r ? toStep(r) : null;
    },
    /** What redo would redo. */
    nextRedo(accountId: string): UndoStepRow | null {
      const r = nextRedo.get(accountId);
      return r ? toStep(r) : null;
    },
    /** The latest undo applied to edit `targetId` (what redo reads the deleted rows' rowids from). */
    lastUndoOf(targetId: number): UndoStepRow | null {
      const r = lastUndoOf.get(targetId);
      return r ? toStep(r) : null;
    },
    /** A new edit clears the redo stack. */
    dropRedo(accountId: string): void {
      dropRedo.run(accountId);
    },
  };
}

export type UndoStepsRepo = ReturnType<typeof createUndoStepsRepo>;
