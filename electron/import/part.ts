// One table of an import (a CSV, or one sheet) read as people or as relationships: its kind (detected
// from the header row unless chosen), its mapping, and each row validated on its own, a chunk at a
// time. Cross-row checks (names, duplicates, the relationship rules) are done by the session.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { analyzeRow, type AnalyzedRow } from '../../shared/import/analyze';
import { analyzeRelationshipRow, type AnalyzedRelationshipRow } from '../../shared/import/analyzeRelationships';
import type { ImportKind, ImportMapping, MappingProblem } from '../../shared/import/fields';
import { detectKind, suggestMapping } from '../../shared/import/headers';
import { partProblems } from '../../shared/import/preview';
import type { Table } from './table';

const CHUNK_ROWS = 2000;

export class ImportPart {
  readonly detectedKind: ImportKind;
  kind: ImportKind;
  suggested: ImportMapping;
  mapping: ImportMapping;
  /** Per-row results for the current kind and mapping (the other kind's list is empty). */
  people: AnalyzedRow[] = [];
  relationships: AnalyzedRelationshipRow[] = [];

  constructor(
    readonly table: Table,
    kind: ImportKind | null,
  ) {
    this.detectedKind = detectKind(table.headers);
    this.kind = kind ?? this.detectedKind;
    this.suggested = suggestMapping(table.headers, this.kind);
    this.mapping = this.suggested;
  }

  private full(mapping: ImportMapping): ImportMapping {
    return this.table.headers.map((_, i) => mapping[i] ?? null);
  }

  /** Switches kind and/or mapping; true when the rows must be validated again. */
  change(kind: ImportKind | undefined, mapping: ImportMapping | undefined): boolean {
    let changed = false;
    if (kind !== undefined && kind !== this.kind) {
      this.kind = kind;
      this.suggested = suggestMapping(this.table.headers, kind);
      this.mapping = this.suggested;
      changed = true;
    }
    if (mapping !== undefined) {
      const full = this.full(mapping);
      if (!full.every((f, i) => f === this.mapping[i])) {
        this.mapping = full;
        changed = true;
      }
    }
    return changed;
  }

  /** Validates every row under the current kind and mapping; `onRows` reports progress. */
  async analyze(onRows: (done: number) => void = () => {}): Promise<void> {
    const { rows, rowNumbers } = this.table;
    const mapping = this.mapping;
    const people: AnalyzedRow[] = [];
    const relationships: AnalyzedRelationshipRow[] = [];
    for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
      const end = Math.min(start + CHUNK_ROWS, rows.length);
      for (let i = start; i < end; i++) {
        if (this.kind === 'people') people.push(analyzeRow(rows[i]!, rowNumbers[i]!, mapping));
        else relationships.push(analyzeRelationshipRow(rows[i]!, rowNumbers[i]!, mapping));
      }
      onRows(end);
      if (end < rows.length) await yieldToLoop();
    }
    this.people = people;
    this.relationships = relationships;
  }

  problems(): MappingProblem[] {
    return partProblems(this.mapping, this.kind, this.detectedKind);
  }
}
