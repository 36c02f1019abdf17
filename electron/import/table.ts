// A spreadsheet read into memory: the header row and the data rows as strings, with the row numbers
// the rep sees in Excel or a text editor (the header is row 1).
import type { ImportFormat } from '../../shared/import/preview';

export interface Table {
  format: ImportFormat;
  encoding: string | null;
  sheets: string[];
  sheet: string | null;
  headers: string[];
  rows: string[][];
  rowNumbers: number[];
  /** XLSX: the relationships sheet beside this people sheet, imported with it (see sheetPick.ts). */
  companion?: Table | null;
}

export type Progress = (processedRows: number) => void;

/** Drop fully empty rows, take the first remaining row as the header, keep row numbers. */
export function toTable(base: Omit<Table, 'headers' | 'rows' | 'rowNumbers' | 'companion'>, all: string[][], numbers: number[]): Table {
  const keep: number[] = [];
  all.forEach((r, i) => {
    if (r.some((c) => c.trim() !== '')) keep.push(i);
  });
  const [headerIdx, ...dataIdx] = keep;
  let width = 0;
  for (const i of keep) width = Math.max(width, all[i]!.length);
  const headers = headerIdx === undefined ? [] : Array.from({ length: width }, (_, c) => (all[headerIdx]![c] ?? '').trim());
  return {
    ...base,
    headers,
    rows: dataIdx.map((i) => all[i]!),
    rowNumbers: dataIdx.map((i) => numbers[i]!),
  };
}
