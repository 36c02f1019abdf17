// Importing people (with their reports-to lines) and relationships from CSV/XLSX: start (read +
// validate in the background), progress, preview with a mapping, then commit everything in ONE
// transaction through the same person insert / createRelationship code paths the form uses (so
// history rows are written too, and every relationship passes the form's rules once more). The
// commit runs in slices (undoScope.ts `runStepInSlices`): 20,000 rows never hold the main process
// for more than a slice, progress counts the rows written, and every other call waits until the
// transaction has committed or rolled back (restoreGate.ts `alone`).
//
// Rows with errors follow one rule for both kinds: by default any row error refuses the whole
// import and nothing is written; with rowsWithErrors 'skip' only the valid rows are written (a
// relationship whose person row was left out is skipped and counted).
import { accountRoom, tooManyPeople } from '../../shared/import/capacity';
import type { ImportCommitResult, ImportPreview, ImportProgress } from '../../shared/import/preview';
import type { RelationshipType } from '../../shared/domain/model';
import type { AnalyzedRow, RowRef } from '../../shared/import/analyze';
import type { AnalyzedRelationshipRow } from '../../shared/import/analyzeRelationships';
import type { ParsedInput, Result } from '../../shared/ipc/contract';
import { ServiceError } from '../../shared/ipc/errors';
import { importError } from '../import/errors';
import { checkSourceSize } from '../import/readTable';
import { ImportSession, type ResolvedImport } from '../import/session';
import { requireAccount } from './accounts';
import type { ServiceContext } from './context';
import { insertNewPerson } from './people';
import { restoreGateOf } from './restoreGate';
import { runStepInSlices } from './undoScope';
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
  const existingRelationships = (accountId: string) => ctx.store.relationships.listByAccount(accountId).map((r) => ({ fromId: r.fromId, toId: r.toId, type: r.type }));

  return {
    startImport({ accountId, source, sheet, encoding, mapping, kind }): ImportProgress {
      requireAccount(ctx, accountId);
      checkSourceSize(source);
      const s = new ImportSession(ctx.newId(), accountId, source, sheet ?? null, mapping, encoding ?? null, kind ?? null);
      sessions.set(s.importId, s);
      while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
      return { ...s.progress };
    },

    getImportProgress({ importId }): ImportProgress {
      return { ...session(importId).progress };
    },

    async previewImport({ importId, mapping, kind, companionMapping }): Promise<ImportPreview> {
      const s = session(importId);
      if (s.progress.phase === 'committing') throw importError('error.import.busy');
      await s.ready();
      if (s.progress.phase === 'committed') throw importError('error.import.alreadyCommitted');
      if (mapping || kind || companionMapping) await s.remap({ mapping, kind, companionMapping });
      requireAccount(ctx, s.accountId);
      return await s.preview(existing(s.accountId), existingRelationships(s.accountId));
    },

    async commitImport({ importId, rowsWithErrors, duplicates }): Promise<ImportCommitResult> {
      const s = session(importId);
      await s.ready();
      if (s.progress.phase === 'committed') throw importError('error.import.alreadyCommitted');
      if (s.progress.phase === 'committing') throw importError('error.import.busy');
      if (s.progress.phase !== 'ready') throw importError('error.import.notReady');
      const problem = s.problems()[0];
      if (problem) throw importError(problem.messageKey as `error.import.${string}`, problem.params);
      const accountId = s.accountId;
      requireAccount(ctx, accountId);
      // From here the session is busy: a second commit of the same file is refused, not run twice.
      s.progress.phase = 'committing';
      try {
        const rows = await s.resolved(existing(accountId), existingRelationships(accountId));
        const withErrors = [...rows.people, ...rows.relationships].filter((r) => r.issues.length > 0);
        if (withErrors.length > 0 && rowsWithErrors === 'refuse') {
          throw importError('error.import.rowsHaveErrors', { count: withErrors.length, firstRow: Math.min(...withErrors.map((r) => r.rowNumber)) });
        }
        const people = rows.people.filter((r) => r.issues.length === 0 && r.person && !(duplicates === 'skip' && r.duplicateOf));
        const relationships = rows.relationships.filter((r) => r.issues.length === 0);
        if (people.length + relationships.length === 0) throw importError('error.import.nothingToImport');
        s.progress.processedRows = 0;
        s.progress.totalRows = people.length + relationships.length;
        const result = await restoreGateOf(ctx).alone(() =>
          runStepInSlices(ctx, 'commitImport', null, () => writeRows(ctx, accountId, rows, people, relationships, () => s.progress.processedRows++)),
        );
        s.progress.phase = 'committed';
        s.progress.processedRows = people.length + relationships.length;
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

/**
 * All people, then their reports-to lines, then the relationship rows, in one transaction: any
 * failure writes nothing. People first, so relationship names that meant a new person find it.
 * Yields after each row, so the transaction can give the event loop a turn; `wrote` counts a row.
 */
function* writeRows(
  ctx: ServiceContext,
  accountId: string,
  all: ResolvedImport,
  people: AnalyzedRow[],
  relationshipRows: AnalyzedRelationshipRow[],
  wrote: () => void,
): Generator<void, ImportCommitResult, void> {
  const relationships = relationshipMethods(ctx);
  // The whole import is one undo step (the caller's runStepInSlices).
  // The account and the people limit are checked once, in the same transaction as the inserts.
  requireAccount(ctx, accountId);
  const over = tooManyPeople(accountRoom(ctx.store.people.countByAccount(accountId)), people.length);
  if (over) throw importError('error.import.tooManyPeople', { max: over.max, existing: over.existing, incoming: over.incoming });
  const idByRow = new Map<number, string>();
  for (const row of people) {
    try {
      idByRow.set(row.rowNumber, insertNewPerson(ctx, { ...row.person!, accountId }).person.id);
    } catch (err) {
      throw rowRejected(row.rowNumber, err);
    }
    wrote();
    yield;
  }
  const idOf = (ref: RowRef): string | undefined => (ref.kind === 'existing' ? ref.personId : idByRow.get(ref.rowNumber));
  let relationshipsCreated = 0;
  let relationshipsSkipped = 0;
  const create = (rowNumber: number, from: RowRef, to: RowRef, type: RelationshipType, strength: number | null) => {
    const fromId = idOf(from);
    const toId = idOf(to);
    if (fromId === undefined || toId === undefined) {
      relationshipsSkipped++;
      return;
    }
    try {
      relationships.createRelationship({ accountId, fromId, toId, type, strength });
      relationshipsCreated++;
    } catch (err) {
      throw rowRejected(rowNumber, err);
    }
  };
  for (const row of people) {
    if (!row.reportsTo) continue;
    create(row.rowNumber, { kind: 'row', rowNumber: row.rowNumber }, row.reportsTo, 'reports-to', null);
    yield;
  }
  for (const row of relationshipRows) {
    create(row.rowNumber, row.from!, row.to!, row.type!, row.strength);
    wrote();
    yield;
  }
  const rowsSkipped = all.people.length - people.length + (all.relationships.length - relationshipRows.length);
  return { accountId, peopleCreated: people.length, relationshipsCreated, rowsSkipped, relationshipsSkipped };
}
