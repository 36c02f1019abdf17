// Keeps the in-memory versions (shared/history/versions.ts) of the accounts the rep last looked back
// on, so moving through past days or ranges reads no more of the log: only the rows written since
// the last call. Checked against the log on every call like the series cache (historyCache.ts): a
// row count or newest seq the versions do not account for (rows gone, another file) builds them again.
import { HistoryVersions } from '../../shared/history/versions';
import type { Store } from '../db/store';

interface Entry {
  versions: HistoryVersions;
  count: number;
  maxSeq: number;
}

/** An account at the cap holds ~70,000 versions (tens of MB parsed): keep only the last two. */
export const VERSIONS_CACHE_SIZE = 2;

/** `currentStore` is read on every call: a restore swaps the store, and the cache starts again from the new file. */
export function createVersionsCache(currentStore: () => Store, capacity = VERSIONS_CACHE_SIZE) {
  const entries = new Map<string, Entry>();
  let store = currentStore();

  const build = (accountId: string, stats: { count: number; maxSeq: number }): Entry => {
    const versions = new HistoryVersions();
    versions.add(store.historyReads.rows(accountId));
    return { versions, count: stats.count, maxSeq: stats.maxSeq };
  };

  return {
    /** The account's versions, up to date with its log. Call inside a read transaction. */
    get(accountId: string): HistoryVersions {
      if (currentStore() !== store) {
        store = currentStore();
        entries.clear();
      }
      const stats = store.historyReads.stats(accountId);
      let entry = entries.get(accountId);
      if (entry && stats.maxSeq > entry.maxSeq) {
        const fresh = store.historyReads.rowsAfter(accountId, entry.maxSeq);
        entry.versions.add(fresh);
        entry = { versions: entry.versions, count: entry.count + fresh.length, maxSeq: stats.maxSeq };
      }
      if (!entry || entry.count !== stats.count || entry.maxSeq !== stats.maxSeq) entry = build(accountId, stats);
      entries.delete(accountId);
      entries.set(accountId, entry);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
      return entry.versions;
    },
  };
}
