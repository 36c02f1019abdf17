// Import failures are ServiceErrors with `error.import.*` keys, so the renderer shows them in words.
import { ServiceError } from '../../shared/ipc/errors';

export function importError(messageKey: `error.import.${string}`, params?: Record<string, string | number>): ServiceError {
  return new ServiceError({ code: 'validation', messageKey, ...(params ? { params } : {}) });
}
