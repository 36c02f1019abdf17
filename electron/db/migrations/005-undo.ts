// Migration 5: undo and redo. Every history row written by one named edit carries that edit's group
// id; `undo_steps` holds one row per edit (its label, whether it is done or undone) and one per undo
// or redo applied (so their own history rows are grouped too). No foreign key to accounts: the step
// that deleted an account must outlive it, so the deletion can be undone.
// The SQL is frozen once shipped; change the schema with a new migration.
import type { Migration } from '../migrations';

const UP = `
ALTER TABLE history ADD COLUMN group_id INTEGER;
CREATE INDEX history_group ON history(group_id, seq) WHERE group_id IS NOT NULL;
CREATE TABLE undo_steps (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo')),
  -- An edit is done, undone (on the redo stack) or dropped (a new edit cleared the redo stack);
  -- an undo or redo row is applied.
  status TEXT NOT NULL CHECK (status IN ('done', 'undone', 'dropped', 'applied')),
  target_id INTEGER REFERENCES undo_steps(id),
  method TEXT NOT NULL,
  label_key TEXT NOT NULL,
  label_params TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(label_params)),
  -- What the change took along without history rows (positions, visit attendees, purchases), as JSON.
  extra TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(extra)),
  at TEXT NOT NULL,
  CHECK ((kind = 'edit') = (target_id IS NULL)),
  CHECK ((kind = 'edit') = (status <> 'applied'))
) STRICT;
CREATE INDEX undo_steps_stack ON undo_steps(account_id, kind, status, id);
`;

export const UNDO_MIGRATION: Omit<Migration, 'version'> = {
  name: 'undo and redo: history rows grouped by edit, undo steps',
  up: UP,
};
