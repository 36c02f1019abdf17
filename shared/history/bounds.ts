// How far back an account's history can reach. History days are stamped by the app's clock when a
// change is saved, so a day before HISTORY_MIN_DAY is damage, not history; an account file with one
// is refused, and the daily series is clamped to it even for rows already in a database (one row
// dated 0001-01-01 once made a series of 739,951 points).
import { maxDay } from './days';
import type { HistoryRow } from './types';

export const HISTORY_MIN_DAY = '2000-01-01';

/**
 * The first day of an account's real history: the day it was created (its first own row), else its
 * first row of any kind; never before HISTORY_MIN_DAY. Null for an empty log.
 */
export function firstRealDay(accountFirstDay: string | null, anyFirstDay: string | null): string | null {
  const first = accountFirstDay ?? anyFirstDay;
  return first === null ? null : maxDay(first, HISTORY_MIN_DAY);
}

/** The same for a log already in replay order (see sortRows). */
export function firstRealDayOfRows(sorted: readonly HistoryRow[]): string | null {
  return firstRealDay(sorted.find((r) => r.entity === 'account')?.day ?? null, sorted[0]?.day ?? null);
}
