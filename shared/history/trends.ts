// The accounts list's support-base trend: which way it moved over 30 days, and a 90-day sparkline.
import { firstRealDayOfRows } from './bounds';
import { addDays, maxDay } from './days';
import { sortRows } from './replay';
import { personLogEntries, SupportSeriesBuilder } from './seriesBuilder';
import type { HistoryRow, SupportTrend } from './types';

export const SPARKLINE_DAYS = 90;
export const TREND_DAYS = 30;

/** From a builder fed with the account's log; `firstDay` = the account's first history day. */
export function supportTrend(accountId: string, builder: SupportSeriesBuilder, firstDay: string | null, today: string): SupportTrend {
  const earliest = addDays(today, -(SPARKLINE_DAYS - 1));
  const from = firstDay === null || firstDay > today ? today : maxDay(earliest, firstDay);
  const sparkline = builder.points(from, today).map((p) => p.supportBase);
  const now = sparkline[sparkline.length - 1] ?? 0;
  const thenDay = addDays(today, -TREND_DAYS);
  // Before the account's first day its support base was empty.
  const then = thenDay < from ? 0 : (sparkline[sparkline.length - 1 - TREND_DAYS] ?? 0);
  const delta30 = now - then;
  return {
    accountId,
    direction: delta30 > 0 ? 'up' : delta30 < 0 ? 'down' : 'flat',
    delta30,
    supportBase: now,
    sparklineFrom: from,
    sparkline,
  };
}

/** The same from a whole log (rows of any entity). */
export function computeSupportTrend(accountId: string, rows: readonly HistoryRow[], today: string): SupportTrend {
  const sorted = sortRows(rows);
  const firstDay = firstRealDayOfRows(sorted);
  const builder = new SupportSeriesBuilder(undefined, firstDay);
  builder.feed(personLogEntries(sorted.filter((r) => r.day <= today)));
  return supportTrend(accountId, builder, firstDay, today);
}
