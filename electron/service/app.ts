// Opens the app's data: the database file (migrated), the service over it, and the sample account
// on first open. Used by the main process, the browser harness, tests and the benchmark.
import { randomUUID } from 'node:crypto';
import type { ServiceImpl } from '../../shared/ipc/api';
import { sampleAccount } from '../../shared/sample/sampleAccount';
import type { SampleAccount } from '../../shared/sample/types';
import type { BeforeMigrate } from '../db/migrations';
import { openStore, type Store } from '../db/store';
import { systemClock, type Clock } from './clock';
import type { ServiceContext } from './context';
import type { PlatformPort } from './files';
import { setStoreOpenOptions } from './backups';
import { createService } from './index';
import { languageFromLocale, type Language } from './language';
import { seedSampleOnce } from './sample';

export interface OpenAppOptions {
  dbPath: string;
  systemLocale: string;
  version: string;
  clock?: Clock;
  /** Create the sample account on first open (default true). */
  seedSample?: boolean;
  /** better_sqlite3.node for Electron's ABI; defaults to env POWERMAP_SQLITE_BINDING. */
  nativeBinding?: string;
  /** Called before each pending migration, e.g. to back the file up first. */
  beforeMigrate?: BeforeMigrate;
  newId?: () => string;
  /** After a big sliced write (an import), copies the log into the file off the main thread (electron/db/checkpointInBackground.ts). */
  checkpointInBackground?: (file: string) => Promise<unknown>;
  /** For tests: the sample data to seed instead of the built-in one. */
  sampleData?: (language: Language) => SampleAccount;
  /** Save dialogs and PDF printing (electron/platform.ts in the app, a temp folder in tests). */
  platform?: PlatformPort;
  /** Open without the whole-file check: only for startApp's deferred check (electron/db/checkLater.ts). */
  skipFileCheck?: boolean;
}

export interface OpenedApp {
  service: ServiceImpl;
  store: Store;
  context: ServiceContext;
  close(): void;
}

export function openApp(options: OpenAppOptions): OpenedApp {
  const nativeBinding = options.nativeBinding ?? (process.env.POWERMAP_SQLITE_BINDING || undefined);
  const store = openStore(options.dbPath, { nativeBinding, beforeMigrate: options.beforeMigrate, skipFileCheck: options.skipFileCheck, checkpointInBackground: options.checkpointInBackground });
  try {
    const context: ServiceContext = {
      store,
      clock: options.clock ?? systemClock,
      newId: options.newId ?? randomUUID,
      app: { version: options.version, dbPath: options.dbPath, systemLocale: options.systemLocale },
      ...(options.platform ? { platform: options.platform } : {}),
    };
    if (options.seedSample !== false) {
      try {
        seedSampleOnce(context, (options.sampleData ?? sampleAccount)(languageFromLocale(options.systemLocale)));
      } catch (err) {
        // The seed is one transaction and its flag is unset on failure: the app still opens, and retries next launch.
        console.error('Powermap: could not create the sample account:', err);
      }
    }
    // restoreBackup swaps context.store for the reopened file, so read it through the context.
    setStoreOpenOptions(context, { nativeBinding });
    return { service: createService(context), get store() { return context.store; }, context, close: () => context.store.close() };
  } catch (err) {
    store.close();
    throw err;
  }
}
