// The database's own constraints are the last line of defence: if one fires anyway, the rep gets a
// typed validation/conflict error in words, never a crash.
import type { ServiceImpl } from '../../shared/ipc/api';
import { conflict, invalid, ServiceError } from '../../shared/ipc/errors';
import { findIllFormedText } from './wellFormed';

/** Maps a SQLite failure to a ServiceError; anything else is returned unchanged. */
export function mapStoreError(err: unknown): unknown {
  if (err instanceof ServiceError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return err;
  if (code === 'SQLITE_CONSTRAINT_CHECK' || code === 'SQLITE_CONSTRAINT_NOTNULL' || code === 'SQLITE_CONSTRAINT_DATATYPE') {
    return invalid('error.invalidInput');
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) return conflict('error.conflict');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return conflict('error.store.busy');
  if (code.startsWith('SQLITE_FULL')) return conflict('error.store.full');
  if (code.startsWith('SQLITE_READONLY')) return conflict('error.store.readOnly');
  return err;
}

/** Wraps every service method: refuses text SQLite cannot keep verbatim, and turns store failures into ServiceErrors. */
export function guardStoreErrors(service: ServiceImpl): ServiceImpl {
  const guarded: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(service) as Array<[string, (input: unknown) => unknown]>) {
    guarded[name] = (input: unknown) => {
      const illFormed = findIllFormedText(input);
      if (illFormed !== null) throw invalid('error.text.invalidUnicode', illFormed);
      try {
        const result = fn(input);
        return result instanceof Promise ? result.catch((e: unknown) => Promise.reject(mapStoreError(e))) : result;
      } catch (e) {
        throw mapStoreError(e);
      }
    };
  }
  return guarded as ServiceImpl;
}
