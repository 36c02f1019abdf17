// Validating a relationships file (or the relationships sheet beside the people): each row's cells
// (who, to whom, type, strength), then the names resolved against the people of the file and the
// account, and the same refusals as the person panel's form (shared/domain/relationshipRules.ts),
// row by row against the account's relationships and the rows accepted before it.
import type { RelationshipType } from '../domain/model';
import { relationshipProblem, type MemoryLinks } from '../domain/relationshipRules';
import { candidatesFor, type NameIndex, type RowIssue, type RowRef } from './analyze';
import type { ImportField, ImportMapping } from './fields';
import { CellError, parseRelationshipType, parseStrength } from './values';

export interface AnalyzedRelationshipRow {
  rowNumber: number;
  /** The from and to cells, trimmed. */
  fromName: string;
  toName: string;
  type: RelationshipType | null;
  /** As written (1–3), null when the cell is empty (influences then get the default). */
  strength: number | null;
  /** Who is meant, once resolved (null while a name is unknown or ambiguous). */
  from: RowRef | null;
  to: RowRef | null;
  issues: RowIssue[];
}

/** Validate one row's cells (not yet the names or the rules). */
export function analyzeRelationshipRow(cells: readonly string[], rowNumber: number, mapping: ImportMapping): AnalyzedRelationshipRow {
  const row: AnalyzedRelationshipRow = { rowNumber, fromName: '', toName: '', type: null, strength: null, from: null, to: null, issues: [] };
  const issue = (column: number, field: ImportField, messageKey: string) => row.issues.push({ rowNumber, column, field, messageKey });
  mapping.forEach((field, i) => {
    const cell = (cells[i] ?? '').trim();
    if (field === 'from' || field === 'to') {
      if (cell === '') issue(i + 1, field, 'error.text.empty');
      if (field === 'from') row.fromName = cell;
      else row.toName = cell;
      return;
    }
    if (field !== 'type' && field !== 'strength') return;
    try {
      if (field === 'type') row.type = parseRelationshipType(cell);
      else if (cell !== '') row.strength = parseStrength(cell);
    } catch (err) {
      if (!(err instanceof CellError)) throw err;
      issue(i + 1, field, err.messageKey);
    }
  });
  return row;
}

/** The id a resolved person has in the check graph: existing people by id, new ones by their row. */
export const graphId = (ref: RowRef): string => (ref.kind === 'existing' ? ref.personId : `row:${ref.rowNumber}`);

const PAUSE_EVERY = 5000;

/**
 * Names resolved against `names` (unknown or ambiguous names are row errors), then each row checked
 * with the form's rules against `graph` (the account's relationships, plus the people rows'
 * reports-to lines when both are imported); accepted rows are added to it, so a later row that
 * repeats or reverses one, or closes a reports-to loop, is refused. In place.
 */
export async function resolveRelationshipRows(
  rows: AnalyzedRelationshipRow[],
  names: NameIndex,
  graph: MemoryLinks,
  mapping: ImportMapping,
  pause: () => Promise<void> = async () => {},
): Promise<void> {
  const column = (field: ImportField): number | null => {
    const i = mapping.indexOf(field);
    return i < 0 ? null : i + 1;
  };
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % PAUSE_EVERY === 0) await pause();
    const row = rows[i]!;
    const resolve = (field: 'from' | 'to', name: string): RowRef | null => {
      if (name === '') return null;
      const found = candidatesFor(names, name);
      if (found.length === 1) return found[0]!;
      row.issues.push({ rowNumber: row.rowNumber, column: column(field), field, messageKey: found.length === 0 ? 'error.import.personNotFound' : 'error.import.personAmbiguous', params: { name } });
      return null;
    };
    row.from = resolve('from', row.fromName);
    row.to = resolve('to', row.toName);
    if (row.issues.length > 0 || !row.from || !row.to || !row.type) continue;
    const candidate = { fromId: graphId(row.from), toId: graphId(row.to), type: row.type, strength: row.strength };
    const refusal = relationshipProblem(graph, candidate);
    if (refusal) {
      // A clash with other rows (duplicate, loop) is the row's, not one cell's.
      const field: ImportField | null = refusal.code === 'conflict' ? null : refusal.field === 'strength' ? 'strength' : refusal.field === 'toId' ? 'to' : null;
      row.issues.push({ rowNumber: row.rowNumber, column: field ? column(field) : null, field, messageKey: refusal.messageKey });
      continue;
    }
    graph.add(candidate.fromId, candidate.toId, candidate.type);
  }
}
