// The timeline's headline in numbers: "Support base: 10 of 25, +3 in 30 days" (same rule as the accounts-list trend).
import { addDays } from '../../../shared/history/days';
import type { SupportPoint, SupportSeries } from '../../../shared/history/types';

export const HEADLINE_DAYS = 30;

export interface Headline {
  today: string;
  supportBase: number;
  people: number;
  allies: number;
  netSupport: number | null;
  /** Support base today minus 30 days ago (0 before the account existed). */
  delta: number;
}

/** Null for an account without history. */
export function headlineOf(series: SupportSeries): Headline | null {
  const last = series.points[series.points.length - 1];
  if (!last) return null;
  const thenDay = addDays(last.day, -HEADLINE_DAYS);
  const then = series.points.find((p) => p.day === thenDay);
  const before = thenDay < (series.points[0]?.day ?? last.day) ? 0 : (then?.supportBase ?? 0);
  return {
    today: last.day,
    supportBase: last.supportBase,
    people: last.people,
    allies: last.allies,
    netSupport: last.netSupport,
    delta: last.supportBase - before,
  };
}

/** "+3", "−2", "0": a signed number with a real minus sign. */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${Math.abs(n)}`;
  return '0';
}

export type Range = 30 | 90 | 365 | 'all';
export const RANGES: Range[] = [30, 90, 365, 'all'];

/** The points shown for a range: the last N days (plus the day N days ago, to show the starting state). */
export function pointsInRange(points: readonly SupportPoint[], range: Range): SupportPoint[] {
  const last = points[points.length - 1];
  if (!last || range === 'all') return [...points];
  const from = addDays(last.day, -range);
  return points.filter((p) => p.day >= from);
}
