// Backups of the database file and the start-up status the renderer uses to show a recovery screen.

/** Why a backup was taken; part of its file name. */
export const BACKUP_REASONS = ['daily', 'manual', 'pre-migration', 'pre-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  /** File name inside the backups folder, e.g. powermap-20261127-053000-123-daily.sqlite3. */
  name: string;
  /** ISO instant the backup was taken. */
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
}

export type StartupStatus =
  | { status: 'ok' }
  /** The database could not be opened: offer `backups` (newest first; `latestGood` passed quick_check). */
  | { status: 'corrupt'; dbPath: string; details: string[]; backups: BackupInfo[]; latestGood: string | null }
  /** Written by a newer Powermap: left untouched; the rep must update the app. */
  | { status: 'too-new'; dbPath: string; fileVersion: number; knownVersion: number };

export interface RestoreResult {
  /** The backup restored, or null when recovery started an empty database (recoverFromBackup with name null). */
  restored: BackupInfo | null;
  /** The backup of the state just before the restore (absent when recovering a corrupt file). */
  safetyBackup: BackupInfo | null;
  /** Where the unreadable file was moved (recovery only); it is never deleted. */
  corruptFileKeptAt: string | null;
}

/** Backup file names: checked at the boundary so a name can never point outside the backups folder. */
export const BACKUP_NAME_PATTERN = /^powermap-\d{8}-\d{6}-\d{3}-(daily|manual|pre-migration|pre-restore)(-\d+)?\.sqlite3$/;
