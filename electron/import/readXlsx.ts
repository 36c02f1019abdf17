// XLSX → rows of strings with exceljs (the maintained choice; the npm `xlsx` package is frozen with
// advisories). First sheet unless the rep picked another; a damaged file is refused, never half-read.
import ExcelJS from 'exceljs';
import { IMPORT_LIMITS } from '../../shared/import/fields';
import { importError } from './errors';
import type { Progress } from './table';

export interface XlsxRows {
  sheets: string[];
  sheet: string;
  rows: string[][];
  rowNumbers: number[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell as the rep typed it: a calendar date (exceljs gives UTC midnight) or date and time. */
function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0) return day;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : dateText(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : cellText(v.text as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? '' : cellText(v.result as ExcelJS.CellValue);
  return ''; // an error value such as #N/A
}

export async function readXlsx(bytes: Buffer, sheetName: string | null, onProgress: Progress = () => {}): Promise<XlsxRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw importError('error.import.xlsxUnreadable');
  }
  const sheets = workbook.worksheets.map((ws) => ws.name);
  // Default: the first sheet with a header and at least one row (a leading "notes" sheet is common).
  const ws =
    sheetName === null
      ? (workbook.worksheets.find((w) => w.actualRowCount >= 2) ?? workbook.worksheets[0])
      : workbook.worksheets.find((w) => w.name === sheetName);
  if (!ws) throw sheetName === null ? importError('error.import.empty') : importError('error.import.sheetNotFound', { sheet: sheetName });
  if (ws.rowCount > IMPORT_LIMITS.maxRows + 1) throw importError('error.import.tooManyRows', { max: IMPORT_LIMITS.maxRows });
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    // row.values is 1-based with a hole at 0.
    const values = row.values as ExcelJS.CellValue[];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    rows.push(cells);
    rowNumbers.push(rowNumber);
    if (rows.length % 5000 === 0) onProgress(rows.length);
  });
  onProgress(rows.length);
  return { sheets, sheet: ws.name, rows, rowNumbers };
}
