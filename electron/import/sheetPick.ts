// Which sheets of a workbook an import reads: the one the rep picked, or by default the first sheet
// of people with data; and beside it the first sheet that looks like relationships, so a workbook
// with a people sheet and a relationships sheet is imported whole (people first).
import type { ImportKind } from '../../shared/import/fields';

export interface SheetRows {
  name: string;
  rows: string[][];
  rowNumbers: number[];
}

/** What a header row looks like (headers.ts detectKind), injected so this file stays about sheets. */
export type KindOf = (headers: string[]) => ImportKind;

export interface PickedSheets {
  primary: SheetRows | null;
  /** A relationships sheet beside a people primary, or null. */
  companion: SheetRows | null;
}

export class SheetPicker {
  private named: SheetRows | null = null;
  private readonly byKind: Record<ImportKind, SheetRows | null> = { people: null, relationships: null };

  constructor(
    private readonly sheetName: string | null,
    private readonly kindOf: KindOf,
  ) {}

  /** Whether a sheet whose first non-empty row is `header` is worth reading to the end. */
  wants(name: string, header: string[]): boolean {
    if (name === this.sheetName) return true;
    const kind = this.kindOf(header.map((h) => h.trim()));
    if (this.byKind[kind] !== null) return false;
    return this.sheetName === null || kind === 'relationships';
  }

  /** A sheet read to the end: kept when it has a header and at least one row (or was picked by name). */
  add(sheet: SheetRows): void {
    if (sheet.name === this.sheetName) {
      this.named = sheet;
      return;
    }
    if (sheet.rows.length < 2) return;
    const kind = this.kindOf(sheet.rows[0]!.map((h) => h.trim()));
    if (this.byKind[kind] === null) this.byKind[kind] = sheet;
  }

  result(): PickedSheets {
    const { people, relationships } = this.byKind;
    const primary = this.sheetName !== null ? this.named : (people ?? relationships);
    const primaryKind = primary && primary.rows.length > 0 ? this.kindOf(primary.rows[0]!.map((h) => h.trim())) : null;
    const companion = primaryKind === 'people' && relationships && relationships !== primary ? relationships : null;
    return { primary, companion };
  }
}
