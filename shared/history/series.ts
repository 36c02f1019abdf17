// The daily support-base series of one account, from its history rows (see SupportSeriesBuilder).
import type { Person } from '../domain/model';
import { firstRealDayOfRows } from './bounds';
import { sortRows } from './replay';
import { personLogEntries, SupportSeriesBuilder } from './seriesBuilder';
import type { HistoryRow, SupportSeries } from './types';

export interface SeriesOptions {
  accountId: string;
  /** The local day today: the series ends here unless `to` says otherwise. */
  today: string;
  /** Defaults to the first day of the account's real history (see bounds.ts; today, for an empty log). */
  from?: string | undefined;
  to?: string | undefined;
  /** Weight of a person's stance in net support; defaults to the ratings-only weight. */
  weightOf?: (p: Person) => number;
}

export function computeSupportSeries(rows: readonly HistoryRow[], opts: SeriesOptions): SupportSeries {
  const sorted = sortRows(rows);
  const to = opts.to ?? opts.today;
  let end = 0;
  while (end < sorted.length && sorted[end]!.day <= to) end++;
  const firstDay = firstRealDayOfRows(sorted);
  const builder = new SupportSeriesBuilder(opts.weightOf, firstDay);
  builder.feed(personLogEntries(end === sorted.length ? sorted : sorted.slice(0, end)));
  const from = opts.from ?? firstDay ?? opts.today;
  return seriesFrom(builder, opts.accountId, firstDay, from, to);
}

export function seriesFrom(builder: SupportSeriesBuilder, accountId: string, firstDay: string | null, from: string, to: string): SupportSeries {
  return { accountId, firstDay, from, to, weighting: 'ratings', points: builder.points(from, to) };
}
