// The store: every repository over one open database, plus transactions, so the service never
// touches better-sqlite3 itself.
import type BetterSqlite3 from 'better-sqlite3';
import type { BackupInfo, BackupReason } from '../../shared/import/backupTypes';
import { createAccountJsonRepo } from './accountJson';
import { createAccountsRepo } from './accounts';
import { backupDatabase } from './backup';
import { createHistoryRepo } from './history';
import { createHistoryReads } from './historyReads';
import { openDatabase, type OpenOptions } from './open';
import { transactionInSlices } from './slicedTransaction';

export interface StoreOptions {
  /** Copies the write-ahead log into the file off the main thread after a big sliced write (checkpointInBackground.ts). */
  checkpointInBackground?: ((file: string) => Promise<unknown>) | undefined;
}
import { createPeopleRepo } from './people';
import { createPositionsRepo } from './positions';
import { createPurchasesRepo } from './purchases';
import { createRelationshipsRepo } from './relationships';
import { createSettingsRepo } from './settings';
import { createSnapshotsRepo } from './snapshots';
import { createUndoStepsRepo } from './undoSteps';
import { createVisitsRepo } from './visits';
import { createVisitSummariesRepo } from './visitSummaries';

export function createStore(db: BetterSqlite3.Database, path: string = db.name, options: StoreOptions = {}) {
  const checkpoint = options.checkpointInBackground;
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
    accountJson: createAccountJsonRepo(db),
    visits: createVisitsRepo(db),
    visitSummaries: createVisitSummariesRepo(db),
    purchases: createPurchasesRepo(db),
    undoSteps: createUndoStepsRepo(db),
    /** Runs fn in one transaction (a savepoint when nested); rolls back if it throws. */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn).immediate();
    },
    /** Runs a generator's rows as one write transaction, giving the event loop a turn between slices (slicedTransaction.ts). */
    transactionInSlices<T>(work: () => Generator<unknown, T, void>, sliceMs?: number): Promise<T> {
      return transactionInSlices(db, work, { sliceMs, checkpoint: checkpoint && (() => checkpoint(path)) });
    },
    /** Runs fn as one consistent read (a deferred transaction: no write lock). */
    read<T>(fn: () => T): T {
      return db.transaction(fn).deferred();
    },
    /** Copies the open database with SQLite's online backup API into the backups/ folder beside dbPath. */
    backup(dbPath: string, reason: BackupReason, now: Date): Promise<BackupInfo> {
      return backupDatabase(db, dbPath, reason, now);
    },
    /** For tests only; the service and the main process reach SQLite through the named operations above (lint refuses `.db` there). */
    db,
    close(): void {
      if (db.open) db.close();
    },
  };
}

export type Store = ReturnType<typeof createStore>;

export function openStore(path: string, options: OpenOptions & StoreOptions = {}): Store {
  return createStore(openDatabase(path, options), path, options);
}
