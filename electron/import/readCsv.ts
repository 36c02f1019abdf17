// CSV (or tab-separated) text → rows, with papaparse reading a stream so a 100,000-row file never
// blocks the main process for long and reports progress as it goes.
import Papa from 'papaparse';
import { Readable } from 'node:stream';
import { IMPORT_LIMITS } from '../../shared/import/fields';
import { importError } from './errors';
import type { Progress } from './table';

const CHUNK_CHARS = 256 * 1024;

function* chunks(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += CHUNK_CHARS) yield text.slice(i, i + CHUNK_CHARS);
}

/** Comma, tab or semicolon: whichever the header line (outside quotes) has most of; comma on a tie. */
export function guessDelimiter(text: string): string {
  const firstLine = (text.slice(0, 64 * 1024).split(/\r?\n/).find((l) => l.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const d of [',', '\t', ';']) {
    const n = firstLine.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** Rows of the file, each an array of cells; at most maxRows + 1 (header) non-empty rows. */
export function readCsv(text: string, onProgress: Progress = () => {}): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      source.destroy();
      parser.destroy();
      reject(err);
    };
    const source = Readable.from(chunks(text), { objectMode: false });
    const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false, delimiter: guessDelimiter(text) });
    parser.on('data', (row: string[]) => {
      rows.push(row);
      if (rows.length > IMPORT_LIMITS.maxRows + 1) fail(importError('error.import.tooManyRows', { max: IMPORT_LIMITS.maxRows }));
      else if (rows.length % 5000 === 0) onProgress(rows.length);
    });
    parser.on('error', fail);
    parser.on('end', () => {
      if (settled) return;
      settled = true;
      onProgress(rows.length);
      resolve(rows);
    });
    source.on('error', fail);
    source.pipe(parser);
  });
}
