// The i18n keys and params of one coaching warning (shared/coaching): which of its words to use, its
// days in the rep's language, and its name lists joined the language's way ("A, B" / "A、B").
import type { TFunction } from 'i18next';
import type { AccountMap } from '../../../shared/domain/model';
import type { Warning } from '../../../shared/coaching/types';
import { listSeparator } from '../../i18n/list';
import { formatDay } from '../timeline/dates';

/** At most this many names in a plain-text list; the rest are counted. */
export const MAX_NAMES = 6;

export function warningKeys(w: Warning): { text: string; next: string } {
  const base = `brief.warning.${w.id}`;
  return { text: `${base}.${w.text ?? 'text'}`, next: `${base}.${w.next ?? 'next'}` };
}

/** A day as the rep reads it: "Nov 3" / "11月3日", with the year when it is not `today`'s. */
export function shortDay(day: string, language: string, today: string): string {
  return formatDay(day, language, day.slice(0, 4) === today.slice(0, 4));
}

/** Names joined with the language's separator, "+N more" past MAX_NAMES. */
export function joinNames(names: readonly string[], t: TFunction, language: string): string {
  const shown = names.slice(0, MAX_NAMES).join(listSeparator(language));
  return names.length > MAX_NAMES ? `${shown} ${t('coaching.more', { count: names.length - MAX_NAMES })}` : shown;
}

/** The warning's params for display: days formatted; name lists of people on the map re-joined. */
export function warningParams(w: Warning, map: AccountMap, t: TFunction, language: string, today: string): Record<string, string | number> {
  const out: Record<string, string | number> = { ...w.params };
  for (const key of w.days ?? []) {
    const v = out[key];
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out[key] = shortDay(v, language, today);
  }
  const byId = new Map(map.people.map((p) => [p.id, p.name]));
  for (const [key, ids] of Object.entries(w.people ?? {})) {
    const names = ids.map((id) => byId.get(id));
    // Someone no longer on the map keeps the plain names the rule wrote.
    if (names.length > 0 && names.every((n) => n !== undefined)) out[key] = joinNames(names as string[], t, language);
  }
  return out;
}
