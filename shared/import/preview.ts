// What the rep sees before confirming an import: columns, mapping, the first rows, errors with row
// numbers, likely duplicates and totals. Built from the analyzed rows; lists are capped, totals exact.
import type { AnalyzedRow, PersonInput, RowIssue, RowRef } from './analyze';
import { accountRoom, tooManyPeople, type AccountRoom, type TooManyPeople } from './capacity';
import { IMPORT_LIMITS, type ImportMapping } from './fields';
import type { MappingProblem } from './fields';

export type ImportFormat = 'csv' | 'xlsx';

/** Where an import is in its life. `failed` carries the reason; nothing was written. */
export type ImportPhase = 'reading' | 'validating' | 'ready' | 'committing' | 'committed' | 'failed';

export interface ImportProgress {
  importId: string;
  phase: ImportPhase;
  /** Rows read or validated so far in this phase. */
  processedRows: number;
  /** Total rows once known (after reading), else null. */
  totalRows: number | null;
  /** When phase is failed: the i18n key and params of the reason. */
  error: { messageKey: string; params?: Record<string, string | number> } | null;
}

export interface ImportColumn {
  /** 0-based index; the mapping is indexed the same way. */
  index: number;
  header: string;
  /** First few non-empty values, for the mapping screen. */
  samples: string[];
}

export interface ImportRowPreview {
  rowNumber: number;
  cells: string[];
  person: PersonInput | null;
  reportsToName: string | null;
  issues: RowIssue[];
  duplicateOf: RowRef | null;
}

export interface DuplicateFlag {
  rowNumber: number;
  name: string;
  title: string;
  of: RowRef;
}

export interface ImportTotals {
  rows: number;
  valid: number;
  withErrors: number;
  duplicates: number;
  /** Reports-to relationships the valid rows would create. */
  relationships: number;
}

export interface ImportPreview {
  importId: string;
  accountId: string;
  fileName: string;
  format: ImportFormat;
  /** Detected text encoding for CSV ('utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'), null for XLSX. */
  encoding: string | null;
  sheets: string[];
  sheet: string | null;
  columns: ImportColumn[];
  mapping: ImportMapping;
  suggestedMapping: ImportMapping;
  /** Blocking problems of the mapping itself (e.g. no name column). */
  mappingProblems: MappingProblem[];
  rows: ImportRowPreview[];
  /** Row errors, first IMPORT_LIMITS.listedIssues of them in row order. */
  errors: RowIssue[];
  duplicates: DuplicateFlag[];
  totals: ImportTotals;
  /** People already in the account and the most it may hold. */
  room: AccountRoom;
  /** Set when the valid rows would not fit in the account: the commit would be refused (see capacity.ts). */
  tooManyPeople: TooManyPeople | null;
}

export interface ImportCommitResult {
  accountId: string;
  peopleCreated: number;
  relationshipsCreated: number;
  /** Rows not imported: with errors (when skipping them was chosen) or duplicates (when chosen). */
  rowsSkipped: number;
  /** Reports-to lines dropped because their target row was skipped. */
  relationshipsSkipped: number;
}

export interface PreviewInput {
  importId: string;
  accountId: string;
  fileName: string;
  format: ImportFormat;
  encoding: string | null;
  sheets: string[];
  sheet: string | null;
  headers: string[];
  data: ReadonlyArray<readonly string[]>;
  rowNumbers: readonly number[];
  analyzed: readonly AnalyzedRow[];
  mapping: ImportMapping;
  suggestedMapping: ImportMapping;
  mappingProblems: MappingProblem[];
  /** People the account has now. */
  existingPeople: number;
}

export function buildPreview(p: PreviewInput): ImportPreview {
  const columns: ImportColumn[] = p.headers.map((header, index) => {
    const samples: string[] = [];
    for (let r = 0; r < p.data.length && samples.length < 3; r++) {
      const v = (p.data[r]![index] ?? '').trim();
      if (v !== '') samples.push(v.slice(0, 80));
    }
    return { index, header, samples };
  });
  const errors: RowIssue[] = [];
  const duplicates: DuplicateFlag[] = [];
  const totals: ImportTotals = { rows: p.analyzed.length, valid: 0, withErrors: 0, duplicates: 0, relationships: 0 };
  const nameCol = p.mapping.indexOf('name');
  const titleCol = p.mapping.indexOf('title');
  p.analyzed.forEach((row, i) => {
    if (row.issues.length === 0) {
      totals.valid++;
      if (row.reportsTo) totals.relationships++;
    } else {
      totals.withErrors++;
      for (const issue of row.issues) if (errors.length < IMPORT_LIMITS.listedIssues) errors.push(issue);
    }
    if (row.duplicateOf) {
      totals.duplicates++;
      if (duplicates.length < IMPORT_LIMITS.listedIssues) {
        const cells = p.data[i]!;
        duplicates.push({ rowNumber: row.rowNumber, name: (cells[nameCol] ?? '').trim(), title: titleCol >= 0 ? (cells[titleCol] ?? '').trim() : '', of: row.duplicateOf });
      }
    }
  });
  const rows: ImportRowPreview[] = p.analyzed.slice(0, IMPORT_LIMITS.previewRows).map((row, i) => ({
    rowNumber: row.rowNumber,
    cells: [...p.data[i]!],
    person: row.person,
    reportsToName: row.reportsToName,
    issues: row.issues,
    duplicateOf: row.duplicateOf,
  }));
  return {
    importId: p.importId,
    accountId: p.accountId,
    fileName: p.fileName,
    format: p.format,
    encoding: p.encoding,
    sheets: p.sheets,
    sheet: p.sheet,
    columns,
    mapping: p.mapping,
    suggestedMapping: p.suggestedMapping,
    mappingProblems: p.mappingProblems,
    rows,
    errors,
    duplicates,
    totals,
    room: accountRoom(p.existingPeople),
    tooManyPeople: tooManyPeople(accountRoom(p.existingPeople), totals.valid),
  };
}
