// Typed failures that cross the IPC boundary. `messageKey` is an i18n key; the UI shows it in words.
import type { UndoState } from '../history/undo';

export type ApiErrorCode = 'validation' | 'not-found' | 'conflict' | 'internal';

export interface ApiIssue {
  /** Dotted path of the offending field, e.g. "name" or "patch.authority". */
  path: string;
  messageKey: string;
}

export interface ApiErrorPayload {
  code: ApiErrorCode;
  messageKey: string;
  params?: Record<string, string | number>;
  issues?: ApiIssue[];
}

/**
 * What an edit changed, carried with its answer so the renderer refreshes from it instead of asking
 * again: the account, the kinds of things touched, and what undo / redo would do now.
 */
export interface Changed {
  accountId: string;
  entities: ChangedEntity[];
  undo: UndoState;
}

export type ChangedEntity = 'account' | 'person' | 'relationship' | 'visit' | 'position' | 'purchases';

export type Envelope<T> = { ok: true; value: T; changed?: Changed } | { ok: false; error: ApiErrorPayload };

/** Thrown by the service; turned into an envelope at the one place calls enter (dispatch). */
export class ServiceError extends Error {
  readonly payload: ApiErrorPayload;
  constructor(payload: ApiErrorPayload) {
    super(payload.messageKey);
    this.name = 'ServiceError';
    this.payload = payload;
  }
}

export function notFound(what: 'account' | 'person' | 'relationship' | 'snapshot' | 'backup', id: string): ServiceError {
  return new ServiceError({ code: 'not-found', messageKey: `error.notFound.${what}`, params: { id } });
}

export function conflict(messageKey: string, params?: Record<string, string | number>): ServiceError {
  return new ServiceError(params ? { code: 'conflict', messageKey, params } : { code: 'conflict', messageKey });
}

export function invalid(messageKey: string, path = '', params?: Record<string, string | number>): ServiceError {
  return new ServiceError({
    code: 'validation',
    messageKey,
    issues: [{ path, messageKey }],
    ...(params ? { params } : {}),
  });
}
