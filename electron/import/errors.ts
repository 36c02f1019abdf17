// Import failures are ServiceErrors with `error.import.*` keys, so the renderer shows them in words.
// A key listed in shared/ipc/messageParams.ts must be raised with exactly the params listed there.
import { ServiceError } from '../../shared/ipc/errors';
import type { MESSAGE_PARAMS, MessageParams, ParamsOf } from '../../shared/ipc/messageParams';

type ParamsArgs<K extends string> = K extends keyof typeof MESSAGE_PARAMS ? [params: ParamsOf<K>] : [params?: MessageParams];

export function importError<K extends `error.import.${string}`>(messageKey: K, ...[params]: ParamsArgs<K>): ServiceError {
  return new ServiceError({ code: 'validation', messageKey, ...(params ? { params: params as MessageParams } : {}) });
}
