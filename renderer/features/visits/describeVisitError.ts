// A visit call's error payload → words for the form: one message plus one per form field. Dates in
// the message ("due before the visit (3 Nov 2026)") are written in the rep's language.
import type { TFunction } from 'i18next';
import { LIMITS } from '../../../shared/domain/limits';
import type { ApiErrorPayload } from '../../../shared/ipc/errors';
import { formatDay } from '../timeline/dates';
import { visitFieldOf, type VisitField } from './visitForm';

export interface VisitErrors {
  message: string;
  fields: Partial<Record<VisitField, string>>;
}

const SHORT_FIELDS = new Set<string>(['nextWhat', 'noNextReason', 'ours']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Words for one key; a key without words says "not valid" rather than showing the key. */
export function visitWords(t: TFunction, key: string, field: string, params: Record<string, string | number>): string {
  if (key === 'error.text.tooLong') return t(key, { max: SHORT_FIELDS.has(field) ? LIMITS.shortTextMax : LIMITS.notesMax });
  // The shared "empty" words speak of a name; here the field is a reason or a step.
  if (key === 'error.text.empty') return t(field === 'noNextReason' ? 'visits.form.reasonRequired' : 'visits.form.required');
  const text = t(key, { detail: '', ...params });
  return text === key ? t('error.invalidInput') : text;
}

export function describeVisitError(t: TFunction, payload: ApiErrorPayload, lang: string): VisitErrors {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(payload.params ?? {})) params[k] = typeof v === 'string' && DAY.test(v) ? formatDay(v, lang) : v;
  const fields: Partial<Record<VisitField, string>> = {};
  for (const issue of payload.issues ?? []) {
    const field = visitFieldOf(issue.path);
    if (field && !(field in fields)) fields[field] = visitWords(t, issue.messageKey, field, params);
  }
  const first = payload.issues?.[0] ? visitFieldOf(payload.issues[0].path) : '';
  return { message: visitWords(t, payload.messageKey, first, params), fields };
}
