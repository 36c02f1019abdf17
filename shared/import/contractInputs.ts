// zod inputs of the import, account JSON and backup calls (used by shared/ipc/contract.ts).
import { z } from 'zod';
import { id } from '../domain/schemas';
import { BACKUP_NAME_PATTERN } from './backupTypes';
import { FORCED_ENCODINGS, IMPORT_FIELDS, IMPORT_KINDS, IMPORT_LIMITS } from './fields';

/** Largest JSON document accepted by importAccountJson (documented in README). */
export const ACCOUNT_JSON_MAX_BYTES = 200 * 1024 * 1024;

const fileName = z.string().min(1).max(260);

/**
 * The bytes of a file the rep picked (<input type=file>). Never a path: the renderer must not be
 * able to make the main process read any file it names.
 */
export const importSource = z
  .object({
    fileName,
    // base64 of at most IMPORT_LIMITS.maxBytes bytes
    base64: z.string().max(Math.ceil(IMPORT_LIMITS.maxBytes / 3) * 4, { error: 'error.import.tooLarge' }),
  })
  .strict();

export const importMapping = z.array(z.enum(IMPORT_FIELDS).nullable()).max(IMPORT_LIMITS.maxColumns);
/** People or relationships; detected from the header row when not given. */
const importKind = z.enum(IMPORT_KINDS);
const importId = z.string().min(1).max(64);
const backupName = z.string().regex(BACKUP_NAME_PATTERN, { error: 'error.backup.notFound' });

export const importInputs = {
  startImport: z
    .object({
      accountId: id,
      source: importSource,
      /** XLSX: the sheet to read (default: the first sheet with data). */
      sheet: z.string().max(200).nullable().optional(),
      /** CSV: force a text encoding (default: detected). */
      encoding: z.enum(FORCED_ENCODINGS).nullable().optional(),
      mapping: importMapping.optional(),
      kind: importKind.optional(),
    })
    .strict(),
  getImportProgress: z.object({ importId }).strict(),
  previewImport: z
    .object({
      importId,
      mapping: importMapping.optional(),
      /** Read the file as the other kind (its mapping is then suggested afresh unless `mapping` is given). */
      kind: importKind.optional(),
      /** Mapping of the relationships sheet beside the people sheet (XLSX). */
      companionMapping: importMapping.optional(),
    })
    .strict(),
  commitImport: z
    .object({
      importId,
      /** 'refuse' (default): any row error blocks the import. 'skip': import only the valid rows. */
      rowsWithErrors: z.enum(['refuse', 'skip']).default('refuse'),
      /** 'import' (default): likely duplicates are created too. 'skip': leave them out. */
      duplicates: z.enum(['import', 'skip']).default('import'),
    })
    .strict(),
  cancelImport: z.object({ importId }).strict(),

  exportAccountJson: z.object({ accountId: id }).strict(),
  saveAccountJson: z.object({ accountId: id }).strict(),
  /** The file's text, read by the renderer from <input type=file> (never a path, see importSource). */
  importAccountJson: z.object({ json: z.string().max(ACCOUNT_JSON_MAX_BYTES, { error: 'error.accountJson.tooLarge' }) }).strict(),

  listBackups: z.object({}).strict(),
  createBackup: z.object({}).strict(),
  restoreBackup: z.object({ name: backupName }).strict(),
  getStartupStatus: z.object({}).strict(),
  /** name null: start with an empty database (the damaged file is still kept aside). */
  recoverFromBackup: z.object({ name: backupName.nullable() }).strict(),
};
