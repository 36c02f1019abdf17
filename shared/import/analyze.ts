// Validating imported rows: each row's fields with the same zod schema as the person form, then the
// whole file at once for likely duplicates, reports-to names and the top decision-maker.
import type { z } from 'zod';
import { personFields } from '../domain/schemas';
import { messageOfIssue } from '../ipc/messageParams';
import type { ImportField, ImportMapping } from './fields';
import { CellError, parseBoolean, parseBuyingRole, parseDate, parseNumber, parseStance, personKey } from './values';

export type PersonInput = z.output<typeof personFields>;

export interface RowIssue {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  rowNumber: number;
  /** 1-based column number, or null for a problem of the whole row. */
  column: number | null;
  field: ImportField | null;
  messageKey: string;
  params?: Record<string, string | number>;
}

export type RowRef = { kind: 'row'; rowNumber: number } | { kind: 'existing'; personId: string; name: string };

export interface AnalyzedRow {
  rowNumber: number;
  /** The person to create, or null when a field is invalid. */
  person: PersonInput | null;
  /** Raw name of the reports-to column (trimmed), or null. */
  reportsToName: string | null;
  /** Whom this person reports to, once resolved. */
  reportsTo: RowRef | null;
  issues: RowIssue[];
  /** Same name and title as an existing person or an earlier row. */
  duplicateOf: RowRef | null;
}

export interface ExistingPerson {
  id: string;
  name: string;
  title: string;
}

function convert(field: ImportField, cell: string): unknown {
  switch (field) {
    case 'stance':
      return parseStance(cell);
    case 'buyingRole':
      return parseBuyingRole(cell);
    case 'isTopDecisionMaker':
    case 'met':
      return parseBoolean(cell);
    case 'authority':
    case 'expertise':
    case 'accessToTop':
      return parseNumber(cell, 'error.rating.invalid');
    case 'pinnedScore':
      return parseNumber(cell, 'error.score.invalid');
    case 'lastContact':
      return parseDate(cell);
    default:
      return cell;
  }
}

/** Validate one data row's fields (not yet its relations to other rows). */
export function analyzeRow(cells: readonly string[], rowNumber: number, mapping: ImportMapping): AnalyzedRow {
  const issues: RowIssue[] = [];
  const raw: Record<string, unknown> = {};
  const columnOf = new Map<ImportField, number>();
  let reportsToName: string | null = null;
  mapping.forEach((field, i) => {
    if (!field) return;
    columnOf.set(field, i + 1);
    const cell = (cells[i] ?? '').trim();
    if (field === 'reportsTo') {
      reportsToName = cell === '' ? null : cell;
      return;
    }
    if (cell === '' && field !== 'name') return;
    try {
      raw[field] = convert(field, cell);
    } catch (err) {
      if (!(err instanceof CellError)) throw err;
      issues.push({ rowNumber, column: i + 1, field, messageKey: err.messageKey });
    }
  });
  let person: PersonInput | null = null;
  const parsed = personFields.safeParse(raw);
  if (parsed.success) {
    if (issues.length === 0) person = parsed.data;
  } else {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '') as ImportField;
      // A missing name column is one mapping problem (see mappingProblems), not an error on every row;
      // and one message per cell is enough (a schema may report several for one value).
      if (!columnOf.has(field) || issues.some((i) => i.field === field)) continue;
      // The key with its params (a too-long text says its limit), so the preview never shows "{{max}}".
      issues.push({ rowNumber, column: columnOf.get(field) ?? null, field, ...messageOfIssue(issue) });
    }
  }
  return { rowNumber, person, reportsToName, reportsTo: null, issues, duplicateOf: null };
}

const PAUSE_EVERY = 5000;

const dupKey = (name: string, title: string) => `${personKey(name)}\u0000${personKey(title)}`;

/** People a name in the file can mean (by personKey): existing people, and rows that are not duplicates. */
export type NameIndex = Map<string, RowRef[]>;

/**
 * Cross-row checks, in place: duplicates (same name and title as an existing person or an earlier
 * row), reports-to names resolved against the file and the account, and at most one top decision-maker.
 * `names[i]` is row i's raw name cell, so rows with other errors can still be reported to.
 */
export async function resolveRows(
  rows: AnalyzedRow[],
  names: readonly string[],
  titles: readonly string[],
  existing: readonly ExistingPerson[],
  reportsToColumn: number | null,
  /** Called every PAUSE_EVERY rows, so a caller can yield to its event loop on big files. */
  pause: () => Promise<void> = async () => {},
): Promise<NameIndex> {
  const byDupKey = new Map<string, RowRef>();
  for (const p of existing) if (!byDupKey.has(dupKey(p.name, p.title))) byDupKey.set(dupKey(p.name, p.title), { kind: 'existing', personId: p.id, name: p.name });

  // Candidates for a reports-to name: existing people, and rows that are not duplicates.
  const byName: NameIndex = new Map();
  const addCandidate = (name: string, ref: RowRef) => {
    const k = personKey(name);
    if (k === '') return;
    const list = byName.get(k);
    if (list) list.push(ref);
    else byName.set(k, [ref]);
  };
  for (const p of existing) addCandidate(p.name, { kind: 'existing', personId: p.id, name: p.name });

  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % PAUSE_EVERY === 0) await pause();
    const row = rows[i]!;
    const name = names[i] ?? '';
    if (personKey(name) === '') continue;
    const key = dupKey(name, titles[i] ?? '');
    const earlier = byDupKey.get(key);
    if (earlier) row.duplicateOf = earlier;
    else {
      byDupKey.set(key, { kind: 'row', rowNumber: row.rowNumber });
      addCandidate(name, { kind: 'row', rowNumber: row.rowNumber });
    }
  }

  let firstTopRow: number | null = null;
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % PAUSE_EVERY === 0) await pause();
    const row = rows[i]!;
    if (row.person?.isTopDecisionMaker) {
      if (firstTopRow === null) firstTopRow = row.rowNumber;
      else row.issues.push({ rowNumber: row.rowNumber, column: null, field: 'isTopDecisionMaker', messageKey: 'error.import.twoTopDecisionMakers', params: { otherRow: firstTopRow } });
    }
    if (row.reportsToName === null) continue;
    const candidates = byName.get(personKey(row.reportsToName)) ?? [];
    const issue = (messageKey: string) =>
      row.issues.push({ rowNumber: row.rowNumber, column: reportsToColumn, field: 'reportsTo', messageKey, params: { name: row.reportsToName ?? '' } });
    if (candidates.length === 0) issue('error.import.reportsToNotFound');
    else if (candidates.length > 1) issue('error.import.reportsToAmbiguous');
    else {
      const target = candidates[0]!;
      const self = target.kind === 'row' ? target.rowNumber === row.rowNumber || (row.duplicateOf?.kind === 'row' && row.duplicateOf.rowNumber === target.rowNumber) : row.duplicateOf?.kind === 'existing' && row.duplicateOf.personId === target.personId;
      if (self) issue('error.import.reportsToSelf');
      else row.reportsTo = target;
    }
  }
  return byName;
}

/** The people a name index knows under this name (case, width and spacing ignored). */
export function candidatesFor(index: NameIndex, name: string): RowRef[] {
  return index.get(personKey(name)) ?? [];
}

/** A name index of the account's people only (for a relationships file on its own). */
export function accountNameIndex(existing: readonly ExistingPerson[]): NameIndex {
  const index: NameIndex = new Map();
  for (const p of existing) {
    const k = personKey(p.name);
    if (k === '') continue;
    const ref: RowRef = { kind: 'existing', personId: p.id, name: p.name };
    const list = index.get(k);
    if (list) list.push(ref);
    else index.set(k, [ref]);
  }
  return index;
}
