// Importing people and reports-to lines from CSV/XLSX: start (read + validate in the background),
// progress, preview with a mapping, then commit everything in ONE transaction through the same
// person insert / createRelationship code paths the form uses (so history rows are written too).
import { accountRoom, tooManyPeople } from '../../shared/import/capacity';
import type { ImportCommitResult, ImportPreview, ImportProgress } from '../../shared/import/preview';
import type { AnalyzedRow } from '../../shared/import/analyze';
import { mappingProblems } from '../../shared/import/fields';
import type { ParsedInput, Result } from '../../shared/ipc/contract';
import { ServiceError } from '../../shared/ipc/errors';
import { importError } from '../import/errors';
import { checkSourceSize } from '../import/readTable';
import { ImportSession } from '../import/session';
import { requireAccount } from './accounts';
import type { ServiceContext } from './context';
import { insertNewPerson } from './people';
import { relationshipMethods } from './relationships';

type ImportCalls = 'startImport' | 'getImportProgress' | 'previewImport' | 'commitImport' | 'cancelImport';
type ImportMethods = { [M in ImportCalls]: (input: ParsedInput<M>) => Result<M> | Promise<Result<M>> };

/** Parsed files are big; keep only the few most recent imports in memory. */
const MAX_SESSIONS = 3;

function rowRejected(rowNumber: number, err: unknown): unknown {
  if (!(err instanceof ServiceError)) return err;
  return new ServiceError({
    code: err.payload.code,
    messageKey: 'error.import.rowRejected',
    params: { ...(err.payload.params ?? {}), row: rowNumber, reason: err.payload.messageKey },
    issues: [{ path: `row.${rowNumber}`, messageKey: err.payload.messageKey }],
  });
}

export function importMethods(ctx: ServiceContext): ImportMethods {
  const sessions = new Map<string, ImportSession>();

  const session = (importId: string): ImportSession => {
    const s = sessions.get(importId);
    if (!s) throw importError('error.import.notFound');
    return s;
  };
  const existing = (accountId: string) => ctx.store.people.listByAccount(accountId).map((p) => ({ id: p.id, name: p.name, title: p.title }));

  return {
    startImport({ accountId, source, sheet, encoding, mapping }): ImportProgress {
      requireAccount(ctx, accountId);
      checkSourceSize(source);
      const s = new ImportSession(ctx.newId(), accountId, source, sheet ?? null, mapping, encoding ?? null);
      sessions.set(s.importId, s);
      while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
      return { ...s.progress };
    },

    getImportProgress({ importId }): ImportProgress {
      return { ...session(importId).progress };
    },

    async previewImport({ importId, mapping }): Promise<ImportPreview> {
      const s = session(importId);
      if (s.progress.phase === 'committing') throw importError('error.import.busy');
      if (mapping) await s.remap(mapping);
      else await s.ready();
      if (s.progress.phase === 'committed') throw importError('error.import.alreadyCommitted');
      requireAccount(ctx, s.accountId);
      return await s.preview(existing(s.accountId));
    },

    async commitImport({ importId, rowsWithErrors, duplicates }): Promise<ImportCommitResult> {
      const s = session(importId);
      await s.ready();
      if (s.progress.phase === 'committed') throw importError('error.import.alreadyCommitted');
      if (s.progress.phase === 'committing') throw importError('error.import.busy');
      if (s.progress.phase !== 'ready') throw importError('error.import.notReady');
      const problem = mappingProblems(s.mapping)[0];
      if (problem) throw importError(problem.messageKey as `error.import.${string}`, problem.params);
      const accountId = s.accountId;
      requireAccount(ctx, accountId);
      // From here the session is busy: a second commit of the same file is refused, not run twice.
      s.progress.phase = 'committing';
      try {
        const rows = await s.resolved(existing(accountId));
        const withErrors = rows.filter((r) => r.issues.length > 0);
        if (withErrors.length > 0 && rowsWithErrors === 'refuse') {
          throw importError('error.import.rowsHaveErrors', { count: withErrors.length, firstRow: withErrors[0]!.rowNumber });
        }
        const toCreate = rows.filter((r) => r.issues.length === 0 && r.person && !(duplicates === 'skip' && r.duplicateOf));
        if (toCreate.length === 0) throw importError('error.import.nothingToImport');
        s.progress.processedRows = 0;
        s.progress.totalRows = toCreate.length;
        const result = writeRows(ctx, accountId, rows.length, toCreate);
        s.progress.phase = 'committed';
        s.progress.processedRows = toCreate.length;
        s.release();
        return result;
      } catch (err) {
        s.progress.phase = 'ready';
        throw err;
      }
    },

    cancelImport({ importId }): void {
      sessions.delete(importId);
    },
  };
}

/** All people, then their reports-to lines, in one transaction: any failure writes nothing. */
function writeRows(ctx: ServiceContext, accountId: string, totalRows: number, toCreate: AnalyzedRow[]): ImportCommitResult {
  const relationships = relationshipMethods(ctx);
  return ctx.store.transaction(() => {
    // The account and the people limit are checked once, in the same transaction as the inserts.
    requireAccount(ctx, accountId);
    const over = tooManyPeople(accountRoom(ctx.store.people.countByAccount(accountId)), toCreate.length);
    if (over) throw importError('error.import.tooManyPeople', { max: over.max, existing: over.existing, incoming: over.incoming });
    const idByRow = new Map<number, string>();
    for (const row of toCreate) {
      try {
        idByRow.set(row.rowNumber, insertNewPerson(ctx, { ...row.person!, accountId }).person.id);
      } catch (err) {
        throw rowRejected(row.rowNumber, err);
      }
    }
    let relationshipsCreated = 0;
    let relationshipsSkipped = 0;
    for (const row of toCreate) {
      if (!row.reportsTo) continue;
      const toId = row.reportsTo.kind === 'existing' ? row.reportsTo.personId : idByRow.get(row.reportsTo.rowNumber);
      if (toId === undefined) {
        relationshipsSkipped++;
        continue;
      }
      try {
        relationships.createRelationship({ accountId, fromId: idByRow.get(row.rowNumber)!, toId, type: 'reports-to', strength: null });
        relationshipsCreated++;
      } catch (err) {
        throw rowRejected(row.rowNumber, err);
      }
    }
    return { accountId, peopleCreated: toCreate.length, relationshipsCreated, rowsSkipped: totalRows - toCreate.length, relationshipsSkipped };
  });
}
