// Keeps each recently used account's daily-series builder in memory. History is append-only, so a
// cached builder stays true: the next call applies only the rows written since, instead of reading
// and parsing the whole log again (the rep switching 30 / 90 / 365 / all, or editing then looking).
import { sortRows } from '../../shared/history/replay';
import { personLogEntries, SupportSeriesBuilder } from '../../shared/history/seriesBuilder';
import type { Store } from '../db/store';

interface Entry {
  builder: SupportSeriesBuilder;
  /** Rows of any entity the builder has seen, and the newest seq among them. */
  count: number;
  maxSeq: number;
}

export const SERIES_CACHE_SIZE = 8;

/**
 * `currentStore` is read on every call: a restore swaps the service's store for the reopened file,
 * and the cache then starts again from that file (never the closed one).
 */
export function createSeriesCache(currentStore: () => Store, capacity = SERIES_CACHE_SIZE) {
  const entries = new Map<string, Entry>();
  let store = currentStore();

  const build = (accountId: string, stats: { count: number; maxSeq: number }, floor: string | null): Entry => {
    // Clamped to the account's real history: no row can make the series reach back before it.
    const builder = new SupportSeriesBuilder(undefined, floor);
    builder.feed(store.historyReads.personLog(accountId));
    return { builder, count: stats.count, maxSeq: stats.maxSeq };
  };

  return {
    /** The account's builder, up to date with its log. Call inside a read transaction. */
    get(accountId: string): SupportSeriesBuilder {
      if (currentStore() !== store) {
        store = currentStore();
        entries.clear();
      }
      const stats = store.historyReads.stats(accountId);
      const floor = store.historyReads.firstDay(accountId);
      let entry = entries.get(accountId);
      if (entry && entry.builder.floor !== floor) entry = undefined;
      if (entry && stats.maxSeq > entry.maxSeq) {
        const fresh = sortRows(store.historyReads.rowsAfter(accountId, entry.maxSeq));
        // A new row dated before a day already built (a clock set back) means building again.
        entry = entry.builder.feed(personLogEntries(fresh)) ? { builder: entry.builder, count: entry.count + fresh.length, maxSeq: stats.maxSeq } : undefined;
      }
      // Anything else (rows gone, a different file) means the cache no longer describes the log.
      if (!entry || entry.count !== stats.count || entry.maxSeq !== stats.maxSeq) entry = build(accountId, stats, floor);
      entries.delete(accountId);
      entries.set(accountId, entry);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
      return entry.builder;
    },
  };
}
