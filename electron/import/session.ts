// One import in progress, kept in the main process between preview and commit so the file is read
// once: read (streamed) → validate each row in chunks (yielding to the event loop) → ready. The
// file's table is read as people or relationships (detected, or chosen); an XLSX people sheet may
// bring a relationships sheet along (the companion), imported with it.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { MemoryLinks } from '../../shared/domain/relationshipRules';
import type { RelationshipType } from '../../shared/domain/model';
import { accountNameIndex, resolveRows, type AnalyzedRow, type ExistingPerson, type RowRef } from '../../shared/import/analyze';
import { graphId, resolveRelationshipRows, type AnalyzedRelationshipRow } from '../../shared/import/analyzeRelationships';
import type { ForcedEncoding, ImportKind, ImportMapping, MappingProblem } from '../../shared/import/fields';
import { buildPreview, type ImportPreview, type ImportProgress, type PartInput } from '../../shared/import/preview';
import { ServiceError } from '../../shared/ipc/errors';
import { importError } from './errors';
import { ImportPart } from './part';
import { loadSource, readTable, type ImportSource } from './readTable';

export interface ExistingRelationship {
  fromId: string;
  toId: string;
  type: RelationshipType;
}

/** The rows of an import with every cross-row check done against the account as it is now. */
export interface ResolvedImport {
  kind: ImportKind;
  /** People rows (kind people), else empty. */
  people: AnalyzedRow[];
  /** Relationship rows: the file's (kind relationships) or the companion sheet's. */
  relationships: AnalyzedRelationshipRow[];
}

export interface Remap {
  mapping?: ImportMapping | undefined;
  kind?: ImportKind | undefined;
  companionMapping?: ImportMapping | undefined;
}

export class ImportSession {
  readonly progress: ImportProgress;
  fileName = '';
  part: ImportPart | null = null;
  /** The relationships sheet beside a people sheet; used while the file is read as people. */
  private companionPart: ImportPart | null = null;
  private work: Promise<void>;
  /** Set when the session's file could not be used; previews and commits rethrow it. */
  private failure: ServiceError | null = null;

  constructor(
    readonly importId: string,
    readonly accountId: string,
    source: ImportSource,
    sheet: string | null,
    mapping: ImportMapping | undefined,
    encoding: ForcedEncoding | null = null,
    kind: ImportKind | null = null,
  ) {
    this.progress = { importId, phase: 'reading', processedRows: 0, totalRows: null, error: null };
    this.work = this.run(source, sheet, mapping, encoding, kind);
    this.work.catch(() => {}); // observed through previewImport / getImportProgress
  }

  private async run(source: ImportSource, sheet: string | null, mapping: ImportMapping | undefined, encoding: ForcedEncoding | null, kind: ImportKind | null): Promise<void> {
    try {
      const file = await loadSource(source);
      this.fileName = file.fileName;
      const table = await readTable(file, sheet, (n) => (this.progress.processedRows = n), encoding);
      this.part = new ImportPart(table, kind);
      this.part.change(undefined, mapping);
      this.companionPart = table.companion ? new ImportPart(table.companion, 'relationships') : null;
      await this.analyze(true, true);
    } catch (err) {
      this.fail(err);
      throw this.failure;
    }
  }

  private fail(err: unknown): void {
    this.failure = err instanceof ServiceError ? err : new ServiceError({ code: 'internal', messageKey: 'error.import.failed', params: { detail: String(err instanceof Error ? err.message : err).slice(0, 300) } });
    this.progress.phase = 'failed';
    const { messageKey, params } = this.failure.payload;
    this.progress.error = params ? { messageKey, params } : { messageKey };
    this.release();
  }

  /** The companion sheet counts only while the file is imported as people. */
  get companion(): ImportPart | null {
    return this.part?.kind === 'people' ? this.companionPart : null;
  }

  /** Validates the rows of the parts asked for, a chunk at a time. */
  private async analyze(primary: boolean, companion: boolean): Promise<void> {
    const parts = [primary ? this.part : null, companion ? this.companionPart : null].filter((p) => p !== null);
    this.progress.phase = 'validating';
    this.progress.totalRows = parts.reduce((n, p) => n + p.table.rows.length, 0);
    this.progress.processedRows = 0;
    let before = 0;
    for (const p of parts) {
      await p.analyze((done) => (this.progress.processedRows = before + done));
      before += p.table.rows.length;
    }
    this.progress.phase = 'ready';
  }

  /** Waits for reading/validation; rethrows why the file was refused. */
  async ready(): Promise<void> {
    await this.work.catch(() => {});
    if (this.failure) throw this.failure;
  }

  /** Re-validates under a new kind or mapping (only what changed). Call only before the commit. */
  async remap({ mapping, kind, companionMapping }: Remap): Promise<void> {
    await this.ready();
    const part = this.openPart();
    const primary = part.change(kind, mapping);
    const companion = this.companionPart?.change(undefined, companionMapping) ?? false;
    if (!primary && !companion) return;
    this.work = this.analyze(primary, companion);
    await this.ready();
  }

  /** Blocking problems of the mapping (of the file's table, then of the companion sheet). */
  problems(): MappingProblem[] {
    return [...(this.part?.problems() ?? []), ...(this.companion?.problems() ?? [])];
  }

  /** Rows with cross-row checks against the account's current people and relationships (fresh copies; yields on big files). */
  async resolved(existing: readonly ExistingPerson[], existingRelationships: readonly ExistingRelationship[]): Promise<ResolvedImport> {
    // Read once: a finished commit frees the parts while this yields.
    const part = this.openPart();
    const companion = this.companion;
    const graph = new MemoryLinks();
    for (const r of existingRelationships) graph.add(r.fromId, r.toId, r.type);
    const pause = () => yieldToLoop();
    if (part.kind === 'relationships') {
      const relationships = freshRelationships(part.relationships);
      await resolveRelationshipRows(relationships, accountNameIndex(existing), graph, part.mapping, pause);
      return { kind: 'relationships', people: [], relationships };
    }
    const { table, mapping } = part;
    const cell = (col: number, i: number) => (col >= 0 ? (table.rows[i]![col] ?? '').trim() : '');
    const nameCol = mapping.indexOf('name');
    const titleCol = mapping.indexOf('title');
    const people: AnalyzedRow[] = part.people.map((r) => ({ ...r, issues: [...r.issues], reportsTo: null, duplicateOf: null }));
    const names = people.map((_, i) => cell(nameCol, i));
    const titles = people.map((_, i) => cell(titleCol, i));
    const reportsCol = mapping.indexOf('reportsTo');
    const index = await resolveRows(people, names, titles, existing, reportsCol >= 0 ? reportsCol + 1 : null, pause);
    if (!companion) return { kind: 'people', people, relationships: [] };
    // The people rows' reports-to lines are created first: the relationships sheet is checked against them too.
    const self = (rowNumber: number): RowRef => ({ kind: 'row', rowNumber });
    for (const r of people) if (r.issues.length === 0 && r.reportsTo) graph.add(graphId(self(r.rowNumber)), graphId(r.reportsTo), 'reports-to');
    const relationships = freshRelationships(companion.relationships);
    await resolveRelationshipRows(relationships, index, graph, companion.mapping, pause);
    return { kind: 'people', people, relationships };
  }

  async preview(existing: readonly ExistingPerson[], existingRelationships: readonly ExistingRelationship[]): Promise<ImportPreview> {
    // Taken before the rows are resolved: a commit finishing meanwhile frees the session's parts.
    const part = this.openPart();
    const companion = this.companion;
    const resolved = await this.resolved(existing, existingRelationships);
    const input = (p: ImportPart, rows: ResolvedImport): PartInput => ({
      kind: p.kind,
      detectedKind: p.detectedKind,
      sheet: p.table.sheet,
      headers: p.table.headers,
      data: p.table.rows,
      mapping: p.mapping,
      suggestedMapping: p.suggested,
      people: rows.people,
      relationships: rows.relationships,
    });
    return buildPreview({
      ...input(part, resolved.kind === 'people' ? { ...resolved, relationships: [] } : resolved),
      importId: this.importId,
      accountId: this.accountId,
      fileName: this.fileName,
      format: part.table.format,
      encoding: part.table.encoding,
      sheets: part.table.sheets,
      existingPeople: existing.length,
      companion: companion ? input(companion, { kind: 'relationships', people: [], relationships: resolved.relationships }) : null,
    });
  }

  /** The file's table as read; refused once its rows were imported and freed. */
  private openPart(): ImportPart {
    if (this.part === null) throw importError('error.import.alreadyCommitted');
    return this.part;
  }

  /** Frees the file's rows once committed (or refused). */
  release(): void {
    this.part = null;
    this.companionPart = null;
  }
}

const freshRelationships = (rows: readonly AnalyzedRelationshipRow[]): AnalyzedRelationshipRow[] => rows.map((r) => ({ ...r, issues: [...r.issues], from: null, to: null }));
