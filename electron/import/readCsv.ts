// CSV (or tab-separated) text → rows, with papaparse reading it a chunk at a time so a 100,000-row
// file never blocks the main process for long and reports progress as it goes.
import Papa from 'papaparse';
import { IMPORT_LIMITS } from '../../shared/import/fields';
import { importError } from './errors';
import type { Progress } from './table';

const CHUNK_CHARS = 256 * 1024;

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

/** Rows of the file, each an array of cells; at most maxRows + 1 (header) rows. Yields between chunks. */
export function readCsv(text: string, onProgress: Progress = () => {}): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    let failed = false;
    Papa.parse<string[]>(text, {
      delimiter: guessDelimiter(text),
      skipEmptyLines: false,
      chunkSize: CHUNK_CHARS,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        if (failed) return;
        for (const row of results.data) rows.push(row);
        if (rows.length > IMPORT_LIMITS.maxRows + 1) {
          failed = true;
          parser.abort();
          reject(importError('error.import.tooManyRows', { max: IMPORT_LIMITS.maxRows }));
          return;
        }
        onProgress(rows.length);
        // Let timers and IPC run between chunks: the main process stays responsive on big files.
        parser.pause();
        setImmediate(() => parser.resume());
      },
      complete() {
        if (failed) return;
        onProgress(rows.length);
        resolve(rows);
      },
      error(err: Error) {
        if (failed) return;
        failed = true;
        reject(err);
      },
    });
  });
}
