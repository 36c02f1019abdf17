// Migration "ratings can be not rated": authority, expertise and access_to_top become NULL-able with no
// default (NULL = the rep has not rated it; the score counts it as 3). SQLite cannot drop NOT NULL in
// place, so the people table is rebuilt (create new, copy, drop old, rename) with its indexes.
// Existing values are kept as they are: a 1 or 3 that was only ever the old default cannot be told
// apart from one the rep chose. The SQL is frozen once shipped; change the schema with a new migration.
import type { Migration } from '../migrations';

const RATING = (column: string) => `${column} INTEGER CHECK (${column} IS NULL OR ${column} BETWEEN 1 AND 5)`;

const UP = `
CREATE TABLE people_new (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),
  title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 160),
  department TEXT NOT NULL DEFAULT '' CHECK (length(department) <= 120),
  buying_role TEXT NOT NULL DEFAULT 'unknown'
    CHECK (buying_role IN ('decision-maker', 'approver', 'influencer', 'evaluator', 'user', 'gatekeeper', 'unknown')),
  stance TEXT NOT NULL DEFAULT 'unknown'
    CHECK (stance IN ('ally', 'supporter', 'neutral', 'skeptic', 'opponent', 'unknown')),
  is_top_decision_maker INTEGER NOT NULL DEFAULT 0 CHECK (is_top_decision_maker IN (0, 1)),
  ${RATING('authority')},
  ${RATING('expertise')},
  ${RATING('access_to_top')},
  pinned_score REAL CHECK (pinned_score IS NULL OR pinned_score BETWEEN 0 AND 100),
  met INTEGER NOT NULL DEFAULT 0 CHECK (met IN (0, 1)),
  last_contact TEXT CHECK (last_contact IS NULL OR last_contact GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
INSERT INTO people_new (id, account_id, name, title, department, buying_role, stance, is_top_decision_maker,
    authority, expertise, access_to_top, pinned_score, met, last_contact, notes, created_at, updated_at)
  SELECT id, account_id, name, title, department, buying_role, stance, is_top_decision_maker,
    authority, expertise, access_to_top, pinned_score, met, last_contact, notes, created_at, updated_at
  FROM people ORDER BY rowid;
DROP TABLE people;
ALTER TABLE people_new RENAME TO people;
CREATE INDEX people_account ON people(account_id);
-- At most one top decision-maker (最高决策者) per account.
CREATE UNIQUE INDEX people_one_top_decision_maker ON people(account_id) WHERE is_top_decision_maker = 1;
`;

/** Its version is given in list.ts (renumbered there if another migration lands first). */
export const UNRATED_RATINGS: Omit<Migration, 'version'> = {
  name: 'ratings may be not rated (NULL)',
  up: UP,
  rebuildsTables: true,
};
