// The import, account JSON, backup and recovery calls, spread into shared/ipc/contract.ts.
import type { z } from 'zod';
import type { SavedFile } from '../export/contractCalls';
import type { AccountJsonExport, AccountJsonImportResult } from './accountJson';
import type { BackupInfo, RestoreResult, StartupStatus } from './backupTypes';
import { importInputs as i } from './contractInputs';
import type { ImportCommitResult, ImportPreview, ImportProgress } from './preview';

// Same shape as contract.ts's `call` helper.
const call = <I extends z.ZodType>(input: I) => ({
  returns: <R>() => ({ input, result: undefined as unknown as R }),
});

export const importCalls = {
  /** Reads and validates the file in the background; poll getImportProgress, then previewImport. */
  startImport: call(i.startImport).returns<ImportProgress>(),
  getImportProgress: call(i.getImportProgress).returns<ImportProgress>(),
  /** Waits until the file is read; with `mapping`, re-validates under it. */
  previewImport: call(i.previewImport).returns<ImportPreview>(),
  /** Writes all rows in one transaction, or nothing. */
  commitImport: call(i.commitImport).returns<ImportCommitResult>(),
  cancelImport: call(i.cancelImport).returns<void>(),

  exportAccountJson: call(i.exportAccountJson).returns<AccountJsonExport>(),
  /** Export through the native save dialog; null when the rep cancelled. */
  saveAccountJson: call(i.saveAccountJson).returns<SavedFile>(),
  importAccountJson: call(i.importAccountJson).returns<AccountJsonImportResult>(),

  listBackups: call(i.listBackups).returns<BackupInfo[]>(),
  createBackup: call(i.createBackup).returns<BackupInfo>(),
  restoreBackup: call(i.restoreBackup).returns<RestoreResult>(),
  getStartupStatus: call(i.getStartupStatus).returns<StartupStatus>(),
  recoverFromBackup: call(i.recoverFromBackup).returns<RestoreResult>(),
} as const;
