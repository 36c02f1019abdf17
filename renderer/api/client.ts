// Typed access to window.api: unwraps the envelope, throws ApiError with the service's payload.
import type { Api } from '../../shared/ipc/api';
import type { Input, Method, Result } from '../../shared/ipc/contract';
import type { ApiErrorPayload, Changed, Envelope } from '../../shared/ipc/errors';

declare global {
  interface Window {
    api: Api;
  }
}

export class ApiError extends Error {
  readonly payload: ApiErrorPayload;
  constructor(payload: ApiErrorPayload) {
    super(payload.messageKey);
    this.name = 'ApiError';
    this.payload = payload;
  }
}

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Result<M>> {
  // Api is a mapped type over the contract; indexing it with a generic M needs one widening cast.
  const fn = window.api[method] as unknown as (input: Input<M>) => Promise<Envelope<Result<M>>>;
  const envelope = await fn(input);
  if (!envelope.ok) throw new ApiError(envelope.error);
  if (envelope.changed) for (const listener of changeListeners) listener(envelope.changed);
  return envelope.value as Result<M>;
}

const changeListeners = new Set<(changed: Changed) => void>();

/** Hears what every edit changed, as it answers (the undo state comes with it); returns the unsubscribe. */
export function onChanged(listener: (changed: Changed) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** Any thrown value as a payload, so the UI always has something to say in words. */
export function toPayload(err: unknown): ApiErrorPayload {
  if (err instanceof ApiError) return err.payload;
  const detail = err instanceof Error ? err.message : String(err);
  return { code: 'internal', messageKey: 'error.unexpected', params: { detail: detail.slice(0, 300) } };
}
