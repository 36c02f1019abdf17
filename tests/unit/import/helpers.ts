// Import test helpers: fixture paths, a file's bytes as the renderer sends them, and a start → preview round trip through dispatch.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceImpl } from '../../../shared/ipc/api';
import type { Input } from '../../../shared/ipc/contract';
import type { ImportPreview } from '../../../shared/import/preview';
import { call, tempDir } from '../service/helpers';

export const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));

/** The startImport source for a file on disk: its name and base64 bytes, as the renderer sends them (never a path). */
export const fileSource = (file: string): Input<'startImport'>['source'] => ({ fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64') });

/** startImport + previewImport; returns the preview (throws on an error envelope). */
export async function preview(service: ServiceImpl, accountId: string, source: Input<'startImport'>['source'], extra: Partial<Input<'startImport'>> = {}): Promise<ImportPreview> {
  const started = await call(service, 'startImport', { accountId, source, ...extra });
  return call(service, 'previewImport', { importId: started.importId });
}

/** A CSV of n people, each reporting to person ⌊i/2⌋ (a binary tree), written to a temp file; returns its path. */
export function csvOf(n: number): string {
  const file = path.join(tempDir(), `people-${n}.csv`);
  const lines = ['name,title,reports to'];
  for (let i = 1; i <= n; i++) lines.push(`Person ${i},Title ${i % 7},${i === 1 ? '' : `Person ${Math.floor(i / 2)}`}`);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
