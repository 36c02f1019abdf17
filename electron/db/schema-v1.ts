// Migration 1: accounts, people, relationships, saved positions, settings, and the history log.
// History is append-only: one row per create/update/delete with the entity's full state, so any
// past day of an account can be rebuilt (see shared/history).
export const SCHEMA_V1 = `
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 120),
  segment TEXT NOT NULL DEFAULT '' CHECK (length(segment) <= 120),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
  stage TEXT NOT NULL DEFAULT 'establish' CHECK (stage IN ('establish', 'stabilize', 'strengthen')),
  product_fit INTEGER NOT NULL DEFAULT 0 CHECK (product_fit IN (0, 1)),
  centralized_purchasing INTEGER NOT NULL DEFAULT 0 CHECK (centralized_purchasing IN (0, 1)),
  budget_amount REAL CHECK (budget_amount IS NULL OR budget_amount >= 0),
  budget_cycle TEXT NOT NULL DEFAULT '' CHECK (length(budget_cycle) <= 500),
  budget_process TEXT NOT NULL DEFAULT '' CHECK (length(budget_process) <= 10000),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE people (
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
  authority INTEGER NOT NULL DEFAULT 3 CHECK (authority BETWEEN 1 AND 5),
  expertise INTEGER NOT NULL DEFAULT 3 CHECK (expertise BETWEEN 1 AND 5),
  access_to_top INTEGER NOT NULL DEFAULT 1 CHECK (access_to_top BETWEEN 1 AND 5),
  pinned_score REAL CHECK (pinned_score IS NULL OR pinned_score BETWEEN 0 AND 100),
  met INTEGER NOT NULL DEFAULT 0 CHECK (met IN (0, 1)),
  last_contact TEXT CHECK (last_contact IS NULL OR last_contact GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX people_account ON people(account_id);
-- At most one top decision-maker (最高决策者) per account.
CREATE UNIQUE INDEX people_one_top_decision_maker ON people(account_id) WHERE is_top_decision_maker = 1;

CREATE TABLE relationships (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  from_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  to_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('reports-to', 'influences', 'close-to', 'conflicts-with')),
  -- IS NOT NULL matters: a NULL comparison makes a CHECK pass, so influences could lose its strength.
  strength INTEGER CHECK ((type = 'influences' AND strength IS NOT NULL AND strength BETWEEN 1 AND 3) OR (type <> 'influences' AND strength IS NULL)),
  created_at TEXT NOT NULL,
  CHECK (from_id <> to_id),
  UNIQUE (from_id, to_id, type)
) STRICT;
CREATE INDEX relationships_account ON relationships(account_id);
CREATE INDEX relationships_to ON relationships(to_id);

-- Positions the rep dragged, per layout ('saved' is the rep's own arrangement).
CREATE TABLE positions (
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  layout TEXT NOT NULL CHECK (layout IN ('saved', 'org-chart', 'influence-network', 'rings')),
  x REAL NOT NULL,
  y REAL NOT NULL,
  PRIMARY KEY (person_id, layout)
) STRICT;
CREATE INDEX positions_account ON positions(account_id, layout);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Append-only change log. data = the entity's full state after the change (before it, for delete).
-- day = the local calendar day of at, so "as of" queries and daily series are index range scans.
CREATE TABLE history (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id TEXT NOT NULL,
  entity TEXT NOT NULL CHECK (entity IN ('account', 'person', 'relationship')),
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
  at TEXT NOT NULL,
  day TEXT NOT NULL,
  data TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
CREATE INDEX history_account_day ON history(account_id, day, seq);
CREATE INDEX history_entity ON history(entity_id, seq);
`;
