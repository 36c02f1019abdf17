// Start-up with backups and recovery: back up before a pending migration, open the app, take the
// daily backup; if the database is unreadable, run a recovery-mode service that only answers the
// recovery calls until the rep restores a backup (never a crash, never a silent reset).
// The main process starts fast (`checkInBackground` given): a cleanly closed file is opened without
// its whole-file check (electron/db/checkLater.ts), the window shows, and afterFirstPaint() runs the
// check in a worker thread, then the daily backup. Until the check has passed only reads go through
// (checkGate.ts); a damaged file turns the service into recovery mode before anything wrote to it.
import fs from 'node:fs';
import type { BackupInfo, RestoreResult, StartupStatus } from '../../shared/import/backupTypes';
import type { ServiceImpl } from '../../shared/ipc/api';
import { METHODS, type Method, type ParsedInput } from '../../shared/ipc/contract';
import { conflict, ServiceError } from '../../shared/ipc/errors';
import {
  backupFile,
  findLatestGoodBackup,
  hasBackupToday,
  hasPendingMigration,
  listBackups,
  moveAside,
  pruneBackups,
  restoreFileInto,
  type NativeOptions,
} from '../db/backup';
import { canCheckLater } from '../db/checkLater';
import type { FileCheck } from '../db/checkFile';
import { DatabaseCorruptError, DatabaseTooNewError } from '../db/errors';
import { LATEST_VERSION } from '../db/migrations';
import { openApp, type OpenAppOptions, type OpenedApp } from './app';
import { requireUsableBackup } from './backups';
import { restoreGateOf } from './restoreGate';
import { waitsForCheck } from './checkGate';
import { runAfter, settledValue, takeChanged, withChangeFeed } from '../../shared/ipc/changeFeed';
import { systemClock } from './clock';

export interface StartAppOptions extends OpenAppOptions {
  /** Take the daily backup (default true): at start, or in afterFirstPaint() when starting fast. */
  dailyBackup?: boolean;
  /**
   * Start fast: the whole-file check of a cleanly closed file runs later through this function (a
   * worker thread: electron/db/checkInBackground.ts), and the daily backup waits for afterFirstPaint().
   */
  checkInBackground?: (dbPath: string) => Promise<FileCheck>;
}

export interface StartedApp {
  /** One stable service object: register it once; it switches from recovery to normal by itself. */
  service: ServiceImpl;
  status(): StartupStatus;
  /** The open app, or null while in recovery / refused mode. */
  app(): OpenedApp | null;
  /**
   * Once the window has painted: the deferred check (if any), then the daily backup (fast start only).
   * Resolves with the status; not 'ok' means the file turned out damaged and the window should reload
   * to show the recovery screen.
   */
  afterFirstPaint(): Promise<StartupStatus>;
  close(): void;
}

const CORRUPT_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);
const isCorruptSqliteError = (err: unknown) => CORRUPT_CODES.has(String((err as { code?: unknown } | null)?.code ?? ''));

// Calls a recovery screen needs; everything else is refused until the database is usable.
const RECOVERY_CALLS = new Set<Method>(['getStartupStatus', 'recoverFromBackup', 'listBackups', 'getAppInfo']);

/** Back up a file that is about to be migrated (skipped for a new or unreadable file: opening will classify it). */
async function backupBeforeMigration(dbPath: string, options: NativeOptions, now: Date): Promise<void> {
  let pending = false;
  try {
    pending = hasPendingMigration(dbPath, options);
  } catch (err) {
    if (!isCorruptSqliteError(err)) throw err;
  }
  if (pending) await backupFile(dbPath, dbPath, 'pre-migration', now, options);
}

/** The daily backup: at most once per local day; failures are logged, never fatal. */
export async function dailyBackup(app: OpenedApp, dbPath: string, now: Date): Promise<BackupInfo | null> {
  try {
    if (hasBackupToday(dbPath, now)) return null;
    // Through the gate, like a backup the rep asks for: an import being written (its transaction open
    // on this connection) waits for the copy to finish, and a copy asked for during one waits for it.
    const copied = await restoreGateOf(app.context).admit('createBackup', async () => {
      const info = await app.store.backup(dbPath, 'daily', now);
      pruneBackups(dbPath);
      return info;
    });
    return settledValue(copied);
  } catch (err) {
    console.error('Powermap: the daily backup failed:', err);
    return null;
  }
}

async function openWithBackups(options: StartAppOptions): Promise<OpenedApp> {
  const native: NativeOptions = { nativeBinding: options.nativeBinding ?? (process.env.POWERMAP_SQLITE_BINDING || undefined) };
  const clock = options.clock ?? systemClock;
  await backupBeforeMigration(options.dbPath, native, clock.now());
  const app = openApp(options);
  if (options.dailyBackup !== false) await dailyBackup(app, options.dbPath, clock.now());
  return app;
}

function corruptStatus(dbPath: string, err: DatabaseCorruptError, native: NativeOptions): StartupStatus {
  return { status: 'corrupt', dbPath, details: err.details, backups: listBackups(dbPath), latestGood: findLatestGoodBackup(dbPath, native)?.name ?? null };
}

/**
 * Opens the app for the main process. Never throws for a damaged or too-new database: it returns
 * a service in recovery (or refused) mode instead, whose getStartupStatus says what happened.
 * Other failures (e.g. no disk space for the pre-migration backup) are thrown.
 */
export async function startApp(options: StartAppOptions): Promise<StartedApp> {
  const native: NativeOptions = { nativeBinding: options.nativeBinding ?? (process.env.POWERMAP_SQLITE_BINDING || undefined) };
  const clock = options.clock ?? systemClock;
  const dbPath = options.dbPath;
  let app: OpenedApp | null = null;
  let status: StartupStatus = { status: 'ok' };
  const fast = options.checkInBackground !== undefined;
  const deferred = fast && canCheckLater(dbPath);

  try {
    // Deferred: no migration is pending and the sample flag is set (canCheckLater), so opening writes nothing.
    app = deferred ? openApp({ ...options, skipFileCheck: true, seedSample: false }) : await openWithBackups({ ...options, dailyBackup: !fast && options.dailyBackup !== false });
  } catch (err) {
    if (err instanceof DatabaseCorruptError) status = corruptStatus(dbPath, err, native);
    else if (err instanceof DatabaseTooNewError) status = { status: 'too-new', dbPath, fileVersion: err.fileVersion, knownVersion: err.knownVersion };
    else throw err;
  }

  let recovering = false;
  const recoveryCalls = {
    getStartupStatus: (): StartupStatus => status,
    listBackups: (): BackupInfo[] => listBackups(dbPath),
    getAppInfo: () => ({ version: options.version, dbPath, systemLocale: options.systemLocale, language: null, theme: null }),
    async recoverFromBackup({ name }: ParsedInput<'recoverFromBackup'>): Promise<RestoreResult> {
      if (status.status !== 'corrupt') throw conflict(status.status === 'ok' ? 'error.backup.notInRecovery' : 'error.backup.tooNew');
      if (recovering) throw conflict('error.backup.busy');
      recovering = true;
      try {
        const chosen = name === null ? null : requireUsableBackup(dbPath, name, native);
        const now = clock.now();
        const keptAt = fs.existsSync(dbPath) ? moveAside(dbPath, now) : null;
        if (chosen) await restoreFileInto(chosen.file, dbPath, native);
        try {
          app = await openWithBackups({ ...options, dailyBackup: false });
        } catch (err) {
          throw new ServiceError({ code: 'internal', messageKey: 'error.backup.restoreFailed', params: { detail: String(err instanceof Error ? err.message : err).slice(0, 300) } });
        }
        status = { status: 'ok' };
        return { restored: chosen?.info ?? null, safetyBackup: null, corruptFileKeptAt: keptAt } as RestoreResult;
      } finally {
        recovering = false;
      }
    },
  };

  // The deferred check: started once (by afterFirstPaint, or by the first call that must wait for it).
  let checkPending = deferred && app !== null;
  let check: Promise<void> | null = null;
  const ensureCheck = (): Promise<void> =>
    (check ??= (async () => {
      let result: FileCheck;
      try {
        result = await options.checkInBackground!(dbPath);
      } catch (err) {
        result = { version: 0, problems: [`the integrity check could not run: ${err instanceof Error ? err.message : String(err)}`] };
      }
      if (result.problems.length > 0 || result.version > LATEST_VERSION) {
        // Only reads ran so far: the log is empty and closing writes nothing to the file.
        app?.close();
        app = null;
        status =
          result.problems.length > 0
            ? corruptStatus(dbPath, new DatabaseCorruptError(dbPath, result.problems), native)
            : { status: 'too-new', dbPath, fileVersion: result.version, knownVersion: LATEST_VERSION };
      }
      checkPending = false;
    })());

  const service = {} as Record<Method, (input: unknown) => unknown>;
  const take = () => (app ? takeChanged(app.service) : null);
  for (const method of METHODS) {
    const route = (input: unknown) => {
      if (status.status !== 'ok' || method === 'recoverFromBackup') {
        if (!RECOVERY_CALLS.has(method)) throw conflict(status.status === 'too-new' ? 'error.backup.tooNew' : 'error.backup.recoveryMode');
        return (recoveryCalls[method as keyof typeof recoveryCalls] as (i: unknown) => unknown)(input);
      }
      const impl = app!.service[method] as (i: unknown) => unknown;
      return impl.call(app!.service, input);
    };
    service[method] = (input: unknown) => (checkPending && waitsForCheck(method) ? runAfter(ensureCheck(), take, () => route(input)) : route(input));
  }
  // What an edit changed comes from the open app's service (dispatch reads it off this one).
  withChangeFeed(service, take);

  return {
    service: service as unknown as ServiceImpl,
    status: () => status,
    app: () => app,
    async afterFirstPaint() {
      if (checkPending) await ensureCheck();
      if (fast && status.status === 'ok' && app && options.dailyBackup !== false) await dailyBackup(app, dbPath, clock.now());
      return status;
    },
    close: () => app?.close(),
  };
}
