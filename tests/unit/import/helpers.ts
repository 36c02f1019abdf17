// Import test helpers: fixture paths, and a start → preview round trip through dispatch.
import { fileURLToPath } from 'node:url';
import type { ServiceImpl } from '../../../shared/ipc/api';
import type { Input } from '../../../shared/ipc/contract';
import type { ImportPreview } from '../../../shared/import/preview';
import { call } from '../service/helpers';

export const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));

/** startImport + previewImport; returns the preview (throws on an error envelope). */
export async function preview(service: ServiceImpl, accountId: string, source: Input<'startImport'>['source'], extra: Partial<Input<'startImport'>> = {}): Promise<ImportPreview> {
  const started = await call(service, 'startImport', { accountId, source, ...extra });
  return call(service, 'previewImport', { importId: started.importId });
}
