// The accounts list's support-base trend: which way it moved over 30 days, and a 90-day sparkline.
import { addDays, maxDay } from './days';
import { computeSupportSeries } from './series';
import type { HistoryRow, SupportTrend } from './types';

export const SPARKLINE_DAYS = 90;
export const TREND_DAYS = 30;

export function computeSupportTrend(accountId: string, rows: readonly HistoryRow[], today: string): SupportTrend {
  const earliest = addDays(today, -(SPARKLINE_DAYS - 1));
  const first = rows.length > 0 ? rows.reduce((m, r) => (r.day < m ? r.day : m), rows[0]!.day) : today;
  const from = maxDay(earliest, first > today ? today : first);
  const series = computeSupportSeries(rows, { accountId, today, from, to: today });
  const sparkline = series.points.map((p) => p.supportBase);
  const now = sparkline[sparkline.length - 1] ?? 0;
  const thenDay = addDays(today, -TREND_DAYS);
  // Before the account's first day its support base was empty.
  const then = thenDay < from ? 0 : (series.points.find((p) => p.day === thenDay)?.supportBase ?? 0);
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
