// The Backups screen's calls: list, back up now, restore one (after backing up the current state),
// plus the start-up status calls that answer "ok" once the database is open (see backupsStartup.ts).
import type { BackupInfo, RestoreResult, StartupStatus } from '../../shared/import/backupTypes';
import type { ParsedInput } from '../../shared/ipc/contract';
import { conflict, notFound } from '../../shared/ipc/errors';
import {
  backupFile,
  backupPath,
  hasPendingMigration,
  listBackups,
  pruneBackups,
  restoreFileInto,
  verifyBackupFile,
  type NativeOptions,
} from '../db/backup';
import { openStore, type Store } from '../db/store';
import type { ServiceContext } from './context';
import { restoreGateOf } from './restoreGate';

// How to open the store again after a restore (the native binding for Electron's ABI), per context.
const openOptions = new WeakMap<ServiceContext, NativeOptions>();

export function setStoreOpenOptions(ctx: ServiceContext, options: NativeOptions): void {
  openOptions.set(ctx, options);
}

/** Opens the store, first backing the file up if a migration is pending. */
export async function openStoreWithBackup(dbPath: string, options: NativeOptions, now: Date): Promise<Store> {
  if (hasPendingMigration(dbPath, options)) await backupFile(dbPath, dbPath, 'pre-migration', now, options);
  return openStore(dbPath, options);
}

/** A backup that exists and passes quick_check, or a typed error. */
export function requireUsableBackup(dbPath: string, name: string, options: NativeOptions): { file: string; info: BackupInfo } {
  const info = listBackups(dbPath).find((b) => b.name === name);
  if (!info) throw notFound('backup', name);
  const file = backupPath(dbPath, name);
  if (!verifyBackupFile(file, options)) throw conflict('error.backup.unusable', { name });
  return { file, info };
}

export function backupMethods(ctx: ServiceContext) {
  const dbPath = () => ctx.app.dbPath;
  return {
    listBackups(_input: ParsedInput<'listBackups'>): BackupInfo[] {
      return listBackups(dbPath());
    },

    async createBackup(_input: ParsedInput<'createBackup'>): Promise<BackupInfo> {
      const info = await ctx.store.backup(dbPath(), 'manual', ctx.clock.now());
      pruneBackups(dbPath());
      return info;
    },

    /** Backs up the current state, closes the store, writes the backup into the file, reopens. */
    async restoreBackup({ name }: ParsedInput<'restoreBackup'>): Promise<RestoreResult> {
      // Alone: other calls are refused (typed) until the file is reopened, see restoreGate.ts.
      return restoreGateOf(ctx).exclusive(async () => {
        const options = openOptions.get(ctx) ?? {};
        const { file, info } = requireUsableBackup(dbPath(), name, options);
        const safetyBackup = await ctx.store.backup(dbPath(), 'pre-restore', ctx.clock.now());
        ctx.store.close();
        try {
          await restoreFileInto(file, dbPath(), options);
        } finally {
          // Reopen whatever the file now holds (the backup, or the old state if the restore failed).
          ctx.store = await openStoreWithBackup(dbPath(), options, ctx.clock.now());
        }
        return { restored: info, safetyBackup, corruptFileKeptAt: null };
      });
    },

    getStartupStatus(_input: ParsedInput<'getStartupStatus'>): StartupStatus {
      return { status: 'ok' };
    },

    recoverFromBackup(_input: ParsedInput<'recoverFromBackup'>): RestoreResult {
      throw conflict('error.backup.notInRecovery');
    },
  };
}
