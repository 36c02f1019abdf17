// The ordered list of schema migrations. To change the schema, append { version: N + 1, ... };
// never edit or reorder an entry that has shipped.
import { SCHEMA_V1 } from '../schema-v1';
import { SNAPSHOTS_SCHEMA } from '../snapshots';
import type { Migration } from '../migrations';
import { VISITS_MIGRATION } from './003-visits';
import { UNRATED_RATINGS } from './unrated-ratings';
import { UNDO_MIGRATION } from './005-undo';

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'accounts, people, relationships, positions, settings, history', up: SCHEMA_V1 },
  { version: 2, name: 'named snapshots', up: SNAPSHOTS_SCHEMA },
  VISITS_MIGRATION,
  { version: 4, ...UNRATED_RATINGS },
  { version: 5, ...UNDO_MIGRATION },
];
