// XLSX → rows of strings with exceljs (the maintained choice; the npm `xlsx` package is frozen with
// advisories). First sheet unless the rep picked another; a damaged file is refused, never half-read.
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { ServiceError } from '../../shared/ipc/errors';
import { IMPORT_LIMITS } from '../../shared/import/fields';
import { importError } from './errors';
import { SheetPicker, type KindOf, type SheetRows } from './sheetPick';
import type { Progress } from './table';
import { zipEntriesSound } from './zipCheck';

export interface XlsxRows {
  sheets: string[];
  sheet: string;
  rows: string[][];
  rowNumbers: number[];
  /** The relationships sheet beside a people sheet (see sheetPick.ts), or null. */
  companion: SheetRows | null;
}

const peopleOnly: KindOf = () => 'people';

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

/** A complete ZIP ends with an end-of-central-directory record; a truncated download or copy does not. */
export function hasZipEnd(bytes: Buffer): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

/**
 * Streams the workbook (exceljs WorkbookReader) so a 100,000-row sheet neither loads the whole
 * workbook model into memory nor blocks the event loop. Keeps the rows of one sheet only: the
 * chosen one, or by default the first sheet with a header and at least one row.
 */
export async function readXlsx(bytes: Buffer, sheetName: string | null, onProgress: Progress = () => {}, kindOf: KindOf = peopleOnly): Promise<XlsxRows> {
  if (!hasZipEnd(bytes)) throw importError('error.import.xlsxUnreadable');
  // A damaged entry can leave the streaming reader waiting forever: check the entries first.
  if (!(await zipEntriesSound(bytes))) throw importError('error.import.xlsxUnreadable');
  try {
    return await readXlsxStreaming(bytes, new SheetPicker(sheetName, kindOf), sheetName, onProgress);
  } catch (err) {
    if (err instanceof ServiceError && !(err instanceof StreamFailure)) throw err;
    // exceljs's streaming reader sometimes reaches parked sheets before it has parsed
    // xl/workbook.xml (stored last by some writers) and fails on a sound file: read it once more
    // whole. A damaged file fails this way too and is refused.
    return readXlsxInMemory(bytes, new SheetPicker(sheetName, kindOf), sheetName, onProgress);
  }
}

/** The streaming reader failed inside exceljs (not one of our own refusals). */
class StreamFailure extends ServiceError {}

function rowCells(values: ExcelJS.CellValue[]): string[] {
  const cells: string[] = [];
  for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
  return cells;
}

function picked(picker: SheetPicker, sheets: string[], sheetName: string | null, total: number, onProgress: Progress): XlsxRows {
  const { primary, companion } = picker.result();
  if (sheetName !== null && !primary) throw importError('error.import.sheetNotFound', { sheet: sheetName });
  if (!primary) {
    if (sheets.length === 0) throw importError('error.import.xlsxUnreadable');
    throw importError('error.import.noRows');
  }
  onProgress(total);
  return { sheets, sheet: primary.name, rows: primary.rows, rowNumbers: primary.rowNumbers, companion };
}

async function readXlsxStreaming(bytes: Buffer, picker: SheetPicker, sheetName: string | null, onProgress: Progress): Promise<XlsxRows> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // needed to tell date cells from numbers
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const seen: string[] = [];
  let total = 0;
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      seen.push(name);
      const current: SheetRows = { name, rows: [], rowNumbers: [] };
      // A sheet we don't keep is still read to the end: exceljs deletes a parked sheet's temp file
      // right after handing it over, and an unread sheet's stream then fails, uncaught.
      let keep = true;
      for await (const row of ws) {
        if (!keep) continue;
        const cells = rowCells(row.values as ExcelJS.CellValue[]);
        if (!cells.some((x) => x.trim() !== '')) continue;
        if (current.rows.length === 0 && !picker.wants(name, cells)) {
          keep = false;
          continue;
        }
        current.rows.push(cells);
        current.rowNumbers.push(row.number);
        if (current.rows.length > IMPORT_LIMITS.maxRows + 1) throw importError('error.import.tooManyRows', { max: IMPORT_LIMITS.maxRows });
        if (++total % 5000 === 0) onProgress(total);
      }
      if (keep) picker.add(current);
    }
  } catch (err) {
    if (err instanceof ServiceError) throw err;
    throw new StreamFailure({ code: 'validation', messageKey: 'error.import.xlsxUnreadable' });
  }
  // Sheet names in the workbook's own order when it says so (the stream sees them in ZIP order).
  const model = (reader as unknown as { model?: { sheets?: Array<{ name: string }> } }).model;
  return picked(picker, model?.sheets?.map((x) => x.name) ?? seen, sheetName, total, onProgress);
}

/** The whole workbook in memory (exceljs's zip loader): slower and heavier, but no streaming race. */
async function readXlsxInMemory(bytes: Buffer, picker: SheetPicker, sheetName: string | null, onProgress: Progress): Promise<XlsxRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw importError('error.import.xlsxUnreadable');
  }
  const sheets = workbook.worksheets.map((ws) => ws.name);
  let total = 0;
  for (const ws of workbook.worksheets) {
    const current: SheetRows = { name: ws.name, rows: [], rowNumbers: [] };
    let keep = true;
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (!keep) return;
      const cells = rowCells(row.values as ExcelJS.CellValue[]);
      if (!cells.some((x) => x.trim() !== '')) return;
      if (current.rows.length === 0 && !picker.wants(ws.name, cells)) {
        keep = false;
        return;
      }
      current.rows.push(cells);
      current.rowNumbers.push(row.number);
      total++;
    });
    if (current.rows.length > IMPORT_LIMITS.maxRows + 1) throw importError('error.import.tooManyRows', { max: IMPORT_LIMITS.maxRows });
    if (keep) picker.add(current);
  }
  return picked(picker, sheets, sheetName, total, onProgress);
}
