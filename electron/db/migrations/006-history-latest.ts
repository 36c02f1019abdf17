// Migration 6: an index for "each entity's last row up to a day". The map as of a day and what
// changed between two days read one row per entity (latestRows in electron/db/historyReads.ts) instead of the
// whole log: with entity_id then (day, seq) in the index, each entity's last row at or before a day
// is one index seek, and the list of entities is a scan of the index alone (no table rows read).
// The SQL is frozen once shipped; change the schema with a new migration.
import type { Migration } from '../migrations';

export const HISTORY_LATEST_MIGRATION: Omit<Migration, 'version'> = {
  name: 'history: index for each entity’s last row up to a day',
  up: 'CREATE INDEX history_entity_day ON history(account_id, entity_id, day, seq);',
};
