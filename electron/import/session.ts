// One import in progress, kept in the main process between preview and commit so the file is read
// once: read (streamed) → validate each row in chunks (yielding to the event loop) → ready.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { analyzeRow, resolveRows, type AnalyzedRow, type ExistingPerson } from '../../shared/import/analyze';
import { mappingProblems, suggestMapping, type ForcedEncoding, type ImportMapping } from '../../shared/import/fields';
import { buildPreview, type ImportPreview, type ImportProgress } from '../../shared/import/preview';
import { ServiceError } from '../../shared/ipc/errors';
import { importError } from './errors';
import { loadSource, readTable, type ImportSource } from './readTable';
import type { Table } from './table';

const CHUNK_ROWS = 2000;

export class ImportSession {
  readonly progress: ImportProgress;
  fileName = '';
  table: Table | null = null;
  suggested: ImportMapping = [];
  mapping: ImportMapping = [];
  /** Per-row results (no cross-row checks yet), for the current mapping. */
  private base: AnalyzedRow[] = [];
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
  ) {
    this.progress = { importId, phase: 'reading', processedRows: 0, totalRows: null, error: null };
    this.work = this.run(source, sheet, mapping, encoding);
    this.work.catch(() => {}); // observed through previewImport / getImportProgress
  }

  private async run(source: ImportSource, sheet: string | null, mapping: ImportMapping | undefined, encoding: ForcedEncoding | null): Promise<void> {
    try {
      const file = await loadSource(source);
      this.fileName = file.fileName;
      const table = await readTable(
        file,
        sheet,
        (n) => {
          this.progress.processedRows = n;
        },
        encoding,
      );
      this.table = table;
      this.suggested = suggestMapping(table.headers);
      await this.analyze(mapping ?? this.suggested);
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
    this.table = null;
    this.base = [];
  }

  /** Validates every row under `mapping`, a chunk at a time. */
  private async analyze(mapping: ImportMapping): Promise<void> {
    const table = this.table!;
    const full = table.headers.map((_, i) => mapping[i] ?? null);
    this.mapping = full;
    this.progress.phase = 'validating';
    this.progress.totalRows = table.rows.length;
    this.progress.processedRows = 0;
    const out: AnalyzedRow[] = new Array(table.rows.length);
    for (let start = 0; start < table.rows.length; start += CHUNK_ROWS) {
      const end = Math.min(start + CHUNK_ROWS, table.rows.length);
      for (let i = start; i < end; i++) out[i] = analyzeRow(table.rows[i]!, table.rowNumbers[i]!, full);
      this.progress.processedRows = end;
      if (end < table.rows.length) await yieldToLoop();
    }
    this.base = out;
    this.progress.phase = 'ready';
  }

  /** Waits for reading/validation; rethrows why the file was refused. */
  async ready(): Promise<void> {
    await this.work.catch(() => {});
    if (this.failure) throw this.failure;
  }

  /** The file's rows; refused once they were imported (and freed) or while they are being imported. */
  private openTable(): Table {
    if (this.progress.phase === 'committing') throw importError('error.import.busy');
    if (this.progress.phase === 'committed' || this.table === null) throw importError('error.import.alreadyCommitted');
    return this.table;
  }

  /** Re-validates under a new mapping (only when it differs). */
  async remap(mapping: ImportMapping): Promise<void> {
    await this.ready();
    const full = this.openTable().headers.map((_, i) => mapping[i] ?? null);
    if (full.every((f, i) => f === this.mapping[i])) return;
    this.work = this.analyze(full);
    await this.ready();
  }

  /** Rows with cross-row checks against the account's current people (fresh copies; yields on big files). */
  async resolved(existing: readonly ExistingPerson[]): Promise<AnalyzedRow[]> {
    const table = this.table;
    if (table === null) throw importError('error.import.alreadyCommitted');
    // Read once: a remap or a finished commit replaces these while this yields.
    const { base, mapping } = this;
    const nameCol = mapping.indexOf('name');
    const titleCol = mapping.indexOf('title');
    const rows: AnalyzedRow[] = new Array(base.length);
    const names: string[] = new Array(base.length);
    const titles: string[] = new Array(base.length);
    for (let i = 0; i < base.length; i++) {
      if (i > 0 && i % (CHUNK_ROWS * 5) === 0) await yieldToLoop();
      const r = base[i]!;
      rows[i] = { ...r, issues: [...r.issues], reportsTo: null, duplicateOf: null };
      const cells = table.rows[i]!;
      names[i] = nameCol >= 0 ? (cells[nameCol] ?? '').trim() : '';
      titles[i] = titleCol >= 0 ? (cells[titleCol] ?? '').trim() : '';
    }
    const reportsCol = mapping.indexOf('reportsTo');
    await resolveRows(rows, names, titles, existing, reportsCol >= 0 ? reportsCol + 1 : null, () => yieldToLoop());
    return rows;
  }

  async preview(existing: readonly ExistingPerson[]): Promise<ImportPreview> {
    // Taken before the rows are resolved: a commit finishing meanwhile frees the session's copy.
    const table = this.openTable();
    const mapping = this.mapping;
    const suggested = this.suggested;
    const analyzed = await this.resolved(existing);
    return buildPreview({
      importId: this.importId,
      accountId: this.accountId,
      fileName: this.fileName,
      format: table.format,
      encoding: table.encoding,
      sheets: table.sheets,
      sheet: table.sheet,
      headers: table.headers,
      data: table.rows,
      rowNumbers: table.rowNumbers,
      analyzed,
      mapping,
      suggestedMapping: suggested,
      mappingProblems: mappingProblems(mapping),
      existingPeople: existing.length,
    });
  }

  /** Frees the file's rows once committed. */
  release(): void {
    this.table = null;
    this.base = [];
  }
}
