// The fields a spreadsheet column can map to (people or relationships), the import's limits, and the
// mapping problems that block a commit. Which header suggests which field: headers.ts.

/** The person fields a column of a people file can map to. */
export const PERSON_IMPORT_FIELDS = [
  'name',
  'title',
  'department',
  'buyingRole',
  'stance',
  'isTopDecisionMaker',
  'authority',
  'expertise',
  'accessToTop',
  'pinnedScore',
  'met',
  'lastContact',
  'notes',
  'reportsTo',
] as const;
export type PersonImportField = (typeof PERSON_IMPORT_FIELDS)[number];

/** The columns of a relationships file: who, to whom, which type, and how strong (influences only). */
export const RELATIONSHIP_IMPORT_FIELDS = ['from', 'to', 'type', 'strength'] as const;
export type RelationshipImportField = (typeof RELATIONSHIP_IMPORT_FIELDS)[number];

/** What a file holds: one person per row, or one relationship per row. */
export const IMPORT_KINDS = ['people', 'relationships'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_FIELDS = [...PERSON_IMPORT_FIELDS, ...RELATIONSHIP_IMPORT_FIELDS] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const FIELDS_BY_KIND: Record<ImportKind, readonly ImportField[]> = {
  people: PERSON_IMPORT_FIELDS,
  relationships: RELATIONSHIP_IMPORT_FIELDS,
};

/** Fields a file of this kind cannot be imported without. */
export const REQUIRED_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  people: ['name'],
  relationships: ['from', 'to', 'type'],
};

/** Column index → field (or null = ignore the column). */
export type ImportMapping = Array<ImportField | null>;

/** Limits of an import, documented in README ("Import"). */
export const IMPORT_LIMITS = {
  /** Files larger than this are refused before they are read (a 100,000-row CSV is ~10 MB). */
  maxBytes: 40 * 1024 * 1024,
  /** Data rows (after the header) read from one file at most. */
  maxRows: 200_000,
  maxColumns: 500,
  /** Rows returned in a preview. */
  previewRows: 50,
  /** Row errors and duplicates listed in a preview (totals are always exact). */
  listedIssues: 500,
} as const;

/** Text encodings the rep can force for a CSV when the preview shows garbled characters. */
export const FORCED_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'shift_jis', 'euc-kr', 'windows-1252', 'utf-16le'] as const;
export type ForcedEncoding = (typeof FORCED_ENCODINGS)[number];

export interface MappingProblem {
  messageKey: string;
  params?: Record<string, string | number>;
}

const MISSING_KEY: Partial<Record<ImportField, string>> = {
  name: 'error.import.noNameColumn',
  from: 'error.import.noFromColumn',
  to: 'error.import.noToColumn',
  type: 'error.import.noTypeColumn',
};

/**
 * Problems that block a commit: a required column missing (no name column for people; no from, to
 * or type column for relationships), a field of the other kind, or one field mapped from two columns.
 */
export function mappingProblems(mapping: ImportMapping, kind: ImportKind = 'people'): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const seen = new Map<ImportField, number>();
  const allowed = new Set(FIELDS_BY_KIND[kind]);
  mapping.forEach((field, i) => {
    if (!field) return;
    if (!allowed.has(field)) {
      problems.push({ messageKey: 'error.import.fieldNotForKind', params: { field, column: i + 1 } });
      return;
    }
    const first = seen.get(field);
    if (first !== undefined) problems.push({ messageKey: 'error.import.fieldMappedTwice', params: { field, column: i + 1, firstColumn: first + 1 } });
    else seen.set(field, i);
  });
  const missing = REQUIRED_FIELDS[kind].filter((f) => !seen.has(f)).map((f) => ({ messageKey: MISSING_KEY[f]! }));
  problems.unshift(...missing);
  return problems;
}
