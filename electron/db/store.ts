// The store: every repository over one open database, plus transactions, so the service never
// touches better-sqlite3 itself.
import type BetterSqlite3 from 'better-sqlite3';
import { createAccountsRepo } from './accounts';
import { createHistoryRepo } from './history';
import { createHistoryReads } from './historyReads';
import { openDatabase, type OpenOptions } from './open';
import { createPeopleRepo } from './people';
import { createPositionsRepo } from './positions';
import { createPurchasesRepo } from './purchases';
import { createRelationshipsRepo } from './relationships';
import { createSettingsRepo } from './settings';
import { createSnapshotsRepo } from './snapshots';
import { createVisitsRepo } from './visits';

export function createStore(db: BetterSqlite3.Database, path: string = db.name) {
  return {
    path,
    accounts: createAccountsRepo(db),
    people: createPeopleRepo(db),
    relationships: createRelationshipsRepo(db),
    positions: createPositionsRepo(db),
    settings: createSettingsRepo(db),
    history: createHistoryRepo(db),
    historyReads: createHistoryReads(db),
    snapshots: createSnapshotsRepo(db),
    visits: createVisitsRepo(db),
    purchases: createPurchasesRepo(db),
    /** Runs fn in one transaction (a savepoint when nested); rolls back if it throws. */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn).immediate();
    },
    /** Runs fn as one consistent read (a deferred transaction: no write lock). */
    read<T>(fn: () => T): T {
      return db.transaction(fn).deferred();
    },
    /** For tests and maintenance tools (backup, pragmas); the service must not use it. */
    db,
    close(): void {
      if (db.open) db.close();
    },
  };
}

export type Store = ReturnType<typeof createStore>;

export function openStore(path: string, options: OpenOptions = {}): Store {
  return createStore(openDatabase(path, options), path);
}
