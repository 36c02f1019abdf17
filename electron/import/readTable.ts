// One entry point from a file (path or bytes) to a Table: size limit, format by content (a ZIP is
// XLSX whatever its name), CSV encoding detection, header row, and refusal of unusable files.
import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_LIMITS, type ForcedEncoding } from '../../shared/import/fields';
import { detectKind } from '../../shared/import/headers';
import { decodeText } from './decode';
import { importError } from './errors';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';
import { toTable, type Progress, type Table } from './table';

export type ImportSource = { path: string } | { fileName: string; base64: string };

export interface LoadedFile {
  fileName: string;
  bytes: Buffer;
}

const tooLarge = () => importError('error.import.tooLarge', { maxMb: IMPORT_LIMITS.maxBytes / 1024 / 1024 });

/** Refuses an oversized file at once (before any reading), so startImport can answer right away. */
export function checkSourceSize(source: ImportSource): void {
  if ('path' in source) {
    let size: number;
    try {
      size = fs.statSync(source.path).size;
    } catch {
      return; // reported as cannotRead by loadSource, with the file name
    }
    if (size > IMPORT_LIMITS.maxBytes) throw tooLarge();
    return;
  }
  const padding = source.base64.endsWith('==') ? 2 : source.base64.endsWith('=') ? 1 : 0;
  if (Math.floor((source.base64.length * 3) / 4) - padding > IMPORT_LIMITS.maxBytes) throw tooLarge();
}

/** Read the file, refusing it before reading when it is over the size limit. */
export async function loadSource(source: ImportSource): Promise<LoadedFile> {
  if ('path' in source) {
    let size: number;
    try {
      const st = await fs.promises.stat(source.path);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      throw importError('error.import.cannotRead', { file: path.basename(source.path) });
    }
    if (size > IMPORT_LIMITS.maxBytes) throw tooLarge();
    return { fileName: path.basename(source.path), bytes: await fs.promises.readFile(source.path) };
  }
  // base64 length is checked by the contract; decoded length is checked again here.
  const bytes = Buffer.from(source.base64, 'base64');
  if (bytes.length > IMPORT_LIMITS.maxBytes) throw tooLarge();
  return { fileName: path.basename(source.fileName), bytes };
}

const isZip = (b: Buffer) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Buffer) => b.length >= 8 && b.readUInt32BE(0) === 0xd0cf11e0 && b.readUInt32BE(4) === 0xa1b11ae1;

export async function readTable(file: LoadedFile, sheet: string | null, onProgress: Progress = () => {}, encoding: ForcedEncoding | null = null): Promise<Table> {
  const { bytes, fileName } = file;
  if (bytes.length === 0) throw importError('error.import.empty');
  const ext = path.extname(fileName).toLowerCase();
  let table: Table;
  if (isZip(bytes)) {
    const x = await readXlsx(bytes, sheet, onProgress, detectKind);
    table = toTable({ format: 'xlsx', encoding: null, sheets: x.sheets, sheet: x.sheet }, x.rows, x.rowNumbers);
    if (x.companion) table.companion = toTable({ format: 'xlsx', encoding: null, sheets: x.sheets, sheet: x.companion.name }, x.companion.rows, x.companion.rowNumbers);
  } else if (isOle(bytes) || ext === '.xls') {
    throw importError('error.import.xlsUnsupported');
  } else if (ext === '.xlsx' || ext === '.xlsm') {
    throw importError('error.import.xlsxUnreadable');
  } else {
    const decoded = decodeText(bytes, encoding);
    const rows = await readCsv(decoded.text, onProgress);
    table = toTable({ format: 'csv', encoding: decoded.encoding, sheets: [], sheet: null }, rows, rows.map((_, i) => i + 1));
  }
  if (table.headers.length === 0) throw importError('error.import.empty');
  if (table.headers.length > IMPORT_LIMITS.maxColumns) throw importError('error.import.tooManyColumns', { max: IMPORT_LIMITS.maxColumns });
  if (table.rows.length === 0) throw importError('error.import.noRows');
  if (table.companion && table.companion.headers.length > IMPORT_LIMITS.maxColumns) throw importError('error.import.tooManyColumns', { max: IMPORT_LIMITS.maxColumns });
  return table;
}
