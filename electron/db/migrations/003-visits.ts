// Migration 3: visits (拜访) with their attendees and next step, yearly purchases per account with the
// rep's sustained-purchasing judgement, and a history log that also records visits and purchases.
// The SQL is frozen here: never edit it once shipped; change the schema with a new migration.
import type BetterSqlite3 from 'better-sqlite3';
import type { Migration } from '../migrations';

const DAY = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";
const STANCE = "IN ('ally', 'supporter', 'neutral', 'skeptic', 'opponent', 'unknown')";
const CURRENCY = "GLOB '[A-Z][A-Z][A-Z]'";

const TABLES = `
CREATE TABLE visits (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date ${DAY}),
  kind TEXT NOT NULL CHECK (kind IN ('visit', 'call', 'site-visit', 'event', 'solved-problem')),
  status TEXT NOT NULL CHECK (status IN ('planned', 'logged')),
  objective TEXT NOT NULL DEFAULT '' CHECK (length(objective) <= 10000),
  learned TEXT NOT NULL DEFAULT '' CHECK (length(learned) <= 10000),
  ours TEXT NOT NULL DEFAULT '' CHECK (length(ours) <= 500),
  budget_facts TEXT NOT NULL DEFAULT '' CHECK (length(budget_facts) <= 10000),
  budget_owner_id TEXT REFERENCES people(id) ON DELETE SET NULL,
  travel_amount REAL CHECK (travel_amount IS NULL OR travel_amount >= 0),
  travel_currency TEXT CHECK (travel_currency IS NULL OR travel_currency ${CURRENCY}),
  samples_amount REAL CHECK (samples_amount IS NULL OR samples_amount >= 0),
  samples_currency TEXT CHECK (samples_currency IS NULL OR samples_currency ${CURRENCY}),
  hours REAL CHECK (hours IS NULL OR hours BETWEEN 0 AND 10000),
  next_step_what TEXT CHECK (next_step_what IS NULL OR (length(trim(next_step_what)) > 0 AND length(next_step_what) <= 500)),
  next_step_due TEXT CHECK (next_step_due IS NULL OR next_step_due ${DAY}),
  next_step_owner TEXT CHECK (next_step_owner IS NULL OR next_step_owner IN ('us', 'them')),
  next_step_done INTEGER NOT NULL DEFAULT 0 CHECK (next_step_done IN (0, 1)),
  next_step_done_on TEXT CHECK (next_step_done_on IS NULL OR next_step_done_on ${DAY}),
  no_next_step_reason TEXT CHECK (no_next_step_reason IS NULL OR (length(trim(no_next_step_reason)) > 0 AND length(no_next_step_reason) <= 500)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((travel_amount IS NULL) = (travel_currency IS NULL)),
  CHECK ((samples_amount IS NULL) = (samples_currency IS NULL)),
  -- A next step is all of what, due and owner, or nothing.
  CHECK ((next_step_what IS NULL) = (next_step_due IS NULL) AND (next_step_what IS NULL) = (next_step_owner IS NULL)),
  CHECK (next_step_what IS NOT NULL OR (next_step_done = 0 AND next_step_done_on IS NULL)),
  CHECK ((next_step_done = 1) = (next_step_done_on IS NOT NULL)),
  CHECK (next_step_what IS NULL OR no_next_step_reason IS NULL),
  -- A planned visit has no outcome yet; a logged one has a next step or says why not (没有下一步 is a named mistake).
  CHECK (status = 'logged' OR (next_step_what IS NULL AND no_next_step_reason IS NULL)),
  CHECK (status = 'planned' OR next_step_what IS NOT NULL OR no_next_step_reason IS NOT NULL)
) STRICT;
CREATE INDEX visits_account_date ON visits(account_id, date);
-- The agenda: open next steps by due date.
CREATE INDEX visits_open_next_steps ON visits(next_step_due) WHERE next_step_what IS NOT NULL AND next_step_done = 0;

CREATE TABLE visit_attendees (
  visit_id TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  needs TEXT NOT NULL DEFAULT '' CHECK (length(needs) <= 10000),
  wants TEXT NOT NULL DEFAULT '' CHECK (length(wants) <= 10000),
  stance_before TEXT CHECK (stance_before IS NULL OR stance_before ${STANCE}),
  stance_after TEXT CHECK (stance_after IS NULL OR stance_after ${STANCE}),
  PRIMARY KEY (visit_id, person_id)
) STRICT;
CREATE INDEX visit_attendees_person ON visit_attendees(person_id);

CREATE TABLE yearly_purchases (
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  amount REAL NOT NULL CHECK (amount >= 0),
  currency TEXT NOT NULL CHECK (currency ${CURRENCY}),
  PRIMARY KEY (account_id, year)
) STRICT;

-- One row per account once its purchasing was ever set; sustained NULL = no judgement given.
CREATE TABLE purchase_judgements (
  account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  sustained INTEGER CHECK (sustained IS NULL OR sustained IN (0, 1)),
  reason TEXT CHECK (reason IS NULL OR (length(trim(reason)) > 0 AND length(reason) <= 500)),
  updated_at TEXT NOT NULL,
  CHECK ((sustained IS NULL) = (reason IS NULL))
) STRICT;
`;

// history's CHECK on entity cannot be altered in place: rebuild the table with the same rows and seqs.
const HISTORY = `
CREATE TABLE history_v3 (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id TEXT NOT NULL,
  entity TEXT NOT NULL CHECK (entity IN ('account', 'person', 'relationship', 'visit', 'purchases')),
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
  at TEXT NOT NULL,
  day TEXT NOT NULL,
  data TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
INSERT INTO history_v3 (seq, account_id, entity, entity_id, op, at, day, data)
  SELECT seq, account_id, entity, entity_id, op, at, day, data FROM history ORDER BY seq;
DROP TABLE history;
ALTER TABLE history_v3 RENAME TO history;
CREATE INDEX history_account_day ON history(account_id, day, seq);
CREATE INDEX history_entity ON history(entity_id, seq);
`;

function up(db: BetterSqlite3.Database): void {
  db.exec(TABLES);
  // AUTOINCREMENT never reuses a seq: keep the old high-water mark even if its rows were gone.
  const seq = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'history'").get()?.seq ?? 0;
  db.exec(HISTORY);
  const after = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'history'").get()?.seq;
  if (after === undefined) db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('history', ?)").run(seq);
  else if (after < seq) db.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'history'").run(seq);
}

export const VISITS_MIGRATION: Migration = {
  version: 3,
  name: 'visits, attendees, next steps, yearly purchases; history records visits and purchases',
  up,
};
