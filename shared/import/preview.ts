// What the rep sees before confirming an import: columns (and which will not be imported), mapping,
// the first rows, errors with row numbers, likely duplicates and totals, for the file's table and
// the relationships sheet beside it. Built from the analyzed rows; lists are capped, totals exact.
import type { RelationshipType } from '../domain/model';
import type { AnalyzedRow, PersonInput, RowIssue, RowRef } from './analyze';
import type { AnalyzedRelationshipRow } from './analyzeRelationships';
import { accountRoom, tooManyPeople, type AccountRoom, type TooManyPeople } from './capacity';
import { IMPORT_LIMITS, mappingProblems, REQUIRED_FIELDS, type ImportKind, type ImportMapping, type MappingProblem } from './fields';

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
  issues: RowIssue[];
  /** People rows: the person to create (null when a field is invalid), whom they report to, a likely duplicate. */
  person: PersonInput | null;
  reportsToName: string | null;
  duplicateOf: RowRef | null;
  /** Relationships rows: who with whom, as resolved (null for people rows). */
  relationship: RelationshipRowPreview | null;
}

export interface RelationshipRowPreview {
  fromName: string;
  toName: string;
  type: RelationshipType | null;
  strength: number | null;
  from: RowRef | null;
  to: RowRef | null;
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
  /** Relationships the valid rows would create (reports-to lines of people rows, or relationship rows). */
  relationships: number;
}

/** One table of the file (a CSV, or one sheet) as it would be imported. */
export interface ImportPart {
  kind: ImportKind;
  /** What the header row looks like (see headers.ts detectKind); differs from `kind` when the other kind was chosen. */
  detectedKind: ImportKind;
  sheet: string | null;
  columns: ImportColumn[];
  mapping: ImportMapping;
  suggestedMapping: ImportMapping;
  /** Blocking problems of the mapping itself (e.g. no name column, or "this looks like a relationships file"). */
  mappingProblems: MappingProblem[];
  /** Columns with a header or data that are mapped to nothing: they will not be imported (said before Import). */
  unmapped: ImportColumn[];
  rows: ImportRowPreview[];
  /** Row errors, first IMPORT_LIMITS.listedIssues of them in row order. */
  errors: RowIssue[];
  totals: ImportTotals;
}

export interface ImportPreview extends ImportPart {
  importId: string;
  accountId: string;
  fileName: string;
  format: ImportFormat;
  /** Detected text encoding for CSV ('utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'), null for XLSX. */
  encoding: string | null;
  sheets: string[];
  duplicates: DuplicateFlag[];
  /** People already in the account and the most it may hold. */
  room: AccountRoom;
  /** Set when the valid rows would not fit in the account: the commit would be refused (see capacity.ts). */
  tooManyPeople: TooManyPeople | null;
  /** The relationships sheet beside the people sheet of an XLSX: imported in the same transaction, after the people. */
  companion: ImportPart | null;
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

export interface PartInput {
  kind: ImportKind;
  detectedKind: ImportKind;
  sheet: string | null;
  headers: string[];
  data: ReadonlyArray<readonly string[]>;
  mapping: ImportMapping;
  suggestedMapping: ImportMapping;
  /** People rows (kind people) or relationship rows (kind relationships), resolved. */
  people: readonly AnalyzedRow[];
  relationships: readonly AnalyzedRelationshipRow[];
}

export interface PreviewInput extends PartInput {
  importId: string;
  accountId: string;
  fileName: string;
  format: ImportFormat;
  encoding: string | null;
  sheets: string[];
  /** People the account has now. */
  existingPeople: number;
  companion: PartInput | null;
}

const LOOKS_LIKE: Record<ImportKind, string> = { people: 'error.import.looksLikePeople', relationships: 'error.import.looksLikeRelationships' };

/**
 * The mapping's problems; when required columns are missing and the header row looks like the
 * other kind, that is said instead ("This looks like a relationships file"), not "no Name column".
 */
export function partProblems(mapping: ImportMapping, kind: ImportKind, detectedKind: ImportKind): MappingProblem[] {
  const problems = mappingProblems(mapping, kind);
  const missing = new Set(REQUIRED_FIELDS[kind].filter((f) => !mapping.includes(f)));
  if (detectedKind === kind || missing.size === 0) return problems;
  return [{ messageKey: LOOKS_LIKE[detectedKind] }, ...problems.filter((p) => p.messageKey === 'error.import.fieldMappedTwice' || p.messageKey === 'error.import.fieldNotForKind')];
}

function columnsOf(headers: readonly string[], data: ReadonlyArray<readonly string[]>): ImportColumn[] {
  return headers.map((header, index) => {
    const samples: string[] = [];
    for (let r = 0; r < data.length && samples.length < 3; r++) {
      const v = (data[r]![index] ?? '').trim();
      if (v !== '') samples.push(v.slice(0, 80));
    }
    return { index, header, samples };
  });
}

export function buildPart(p: PartInput): ImportPart {
  const columns = columnsOf(p.headers, p.data);
  const errors: RowIssue[] = [];
  const totals: ImportTotals = { rows: 0, valid: 0, withErrors: 0, duplicates: 0, relationships: 0 };
  const count = (issues: readonly RowIssue[], relationship: boolean) => {
    totals.rows++;
    if (issues.length === 0) {
      totals.valid++;
      if (relationship) totals.relationships++;
    } else {
      totals.withErrors++;
      for (const issue of issues) if (errors.length < IMPORT_LIMITS.listedIssues) errors.push(issue);
    }
  };
  let rows: ImportRowPreview[];
  if (p.kind === 'people') {
    p.people.forEach((row) => {
      count(row.issues, row.reportsTo !== null);
      if (row.duplicateOf) totals.duplicates++;
    });
    rows = p.people.slice(0, IMPORT_LIMITS.previewRows).map((row, i) => ({
      rowNumber: row.rowNumber, cells: [...p.data[i]!], issues: row.issues, person: row.person, reportsToName: row.reportsToName, duplicateOf: row.duplicateOf, relationship: null,
    }));
  } else {
    p.relationships.forEach((row) => count(row.issues, true));
    rows = p.relationships.slice(0, IMPORT_LIMITS.previewRows).map((row, i) => ({
      rowNumber: row.rowNumber, cells: [...p.data[i]!], issues: row.issues, person: null, reportsToName: null, duplicateOf: null,
      relationship: { fromName: row.fromName, toName: row.toName, type: row.type, strength: row.strength, from: row.from, to: row.to },
    }));
  }
  return {
    kind: p.kind,
    detectedKind: p.detectedKind,
    sheet: p.sheet,
    columns,
    mapping: p.mapping,
    suggestedMapping: p.suggestedMapping,
    mappingProblems: partProblems(p.mapping, p.kind, p.detectedKind),
    unmapped: columns.filter((c) => p.mapping[c.index] == null && (c.header !== '' || c.samples.length > 0)),
    rows,
    errors,
    totals,
  };
}

export function buildPreview(p: PreviewInput): ImportPreview {
  const part = buildPart(p);
  const duplicates: DuplicateFlag[] = [];
  const nameCol = p.mapping.indexOf('name');
  const titleCol = p.mapping.indexOf('title');
  if (p.kind === 'people') {
    p.people.forEach((row, i) => {
      if (!row.duplicateOf || duplicates.length >= IMPORT_LIMITS.listedIssues) return;
      const cells = p.data[i]!;
      duplicates.push({ rowNumber: row.rowNumber, name: (cells[nameCol] ?? '').trim(), title: titleCol >= 0 ? (cells[titleCol] ?? '').trim() : '', of: row.duplicateOf });
    });
  }
  const room = accountRoom(p.existingPeople);
  return {
    ...part,
    importId: p.importId,
    accountId: p.accountId,
    fileName: p.fileName,
    format: p.format,
    encoding: p.encoding,
    sheets: p.sheets,
    duplicates,
    room,
    tooManyPeople: tooManyPeople(room, p.kind === 'people' ? part.totals.valid : 0),
    companion: p.companion ? buildPart(p.companion) : null,
  };
}
