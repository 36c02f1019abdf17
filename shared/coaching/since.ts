// Where "what changed" and the visit brief start by default: the day of the last logged visit before
// `to`; without one, `days` back — but never before the account's first day, so a young account shows
// real moves instead of everyone as new.
import { addDays, minDay } from '../history/days';
import { heldVisits } from '../visits/history';
import type { Visit } from '../visits/model';

export const SINCE_DEFAULT_DAYS = 30;

export type SinceBasis = 'lastVisit' | 'firstDay' | 'days';

export interface SinceDay {
  /** The range's first day ("what changed" compares the end of this day with the end of `to`). */
  day: string;
  basis: SinceBasis;
  /** The visit the range starts at, when basis is lastVisit. */
  visitId: string | null;
}

export function defaultSince(input: { visits: readonly Visit[]; firstDay: string | null; to: string; days?: number }): SinceDay {
  const last = heldVisits(input.visits).find((v) => v.date < input.to);
  if (last && (input.firstDay === null || last.date >= input.firstDay)) return { day: last.date, basis: 'lastVisit', visitId: last.id };
  const back = addDays(input.to, -(input.days ?? SINCE_DEFAULT_DAYS));
  if (input.firstDay !== null && input.firstDay > back) return { day: minDay(input.firstDay, input.to), basis: 'firstDay', visitId: null };
  return { day: back, basis: 'days', visitId: null };
}
