// Turns an error payload into words: one message plus per-field messages keyed by field name.
import type { TFunction } from 'i18next';
import { LIMITS } from '../../shared/domain/limits';
import type { ApiErrorPayload } from '../../shared/ipc/errors';

// The schemas' tooLong message has no parameter; the renderer knows which limit applies to which field.
const MAX_BY_FIELD: Record<string, number> = {
  name: LIMITS.nameMax,
  title: LIMITS.titleMax,
  department: LIMITS.departmentMax,
  segment: LIMITS.segmentMax,
  notes: LIMITS.notesMax,
  budgetCycle: LIMITS.shortTextMax,
  budgetProcess: LIMITS.notesMax,
};

export interface Described {
  message: string;
  fields: Record<string, string>;
}

/** "patch.name" → "name": forms care about the field, not where it sat in the call. */
export function fieldOf(path: string): string {
  const parts = path.split('.').filter((p) => p !== 'patch');
  return parts[0] ?? '';
}

function words(t: TFunction, key: string, field: string, params?: Record<string, string | number>): string {
  if (key === 'error.text.tooLong') {
    const max = MAX_BY_FIELD[field];
    return max === undefined ? t('error.text.tooLongNoMax') : t(key, { max, ...params });
  }
  const text = t(key, { detail: '', ...params });
  return text === key ? t('error.invalidInput') : text;
}

export function describeError(t: TFunction, payload: ApiErrorPayload): Described {
  const fields: Record<string, string> = {};
  for (const issue of payload.issues ?? []) {
    const field = fieldOf(issue.path);
    if (field && !(field in fields)) fields[field] = words(t, issue.messageKey, field, payload.params);
  }
  const firstField = payload.issues?.[0] ? fieldOf(payload.issues[0].path) : '';
  return { message: words(t, payload.messageKey, firstField, payload.params), fields };
}
