// What changed between two days: the chosen days (null = default: since the last visit, else 30 days
// back but not before the account's first day — shared/coaching/since.ts), what the default needs, and the answer.
import { create } from 'zustand';
import type { AccountChanges } from '../../../shared/history/types';
import type { Visit } from '../../../shared/visits/model';
import { call } from '../../api/client';
import { useAccounts } from '../../stores/accounts';

interface ChangesState {
  from: string | null;
  to: string | null;
  result: AccountChanges | null;
  error: unknown;
  /** The account's visits and first day, for the default range. */
  base: { accountId: string; visits: Visit[]; firstDay: string | null } | null;
  loadBase(accountId: string, today: string): Promise<void>;
  setDays(from: string | null, to: string | null): void;
  load(accountId: string, from: string, to: string): Promise<void>;
}

let request = 0;
let baseRequest = 0;

export const useChanges = create<ChangesState>()((set) => ({
  from: null,
  to: null,
  result: null,
  error: null,
  base: null,
  async loadBase(accountId, today) {
    const mine = ++baseRequest;
    // Without them the default is 30 days back, as before.
    const [visits, series] = await Promise.all([
      call('listVisits', { accountId }).catch(() => []),
      call('getSupportSeries', { accountId, from: today, to: today }).catch(() => null),
    ]);
    if (mine === baseRequest) set({ base: { accountId, visits, firstDay: series?.firstDay ?? null } });
  },
  setDays(from, to) {
    set({ from, to });
  },
  async load(accountId, from, to) {
    const mine = ++request;
    try {
      const result = await call('getChanges', { accountId, from, to, limit: 10 });
      if (mine === request) set({ result, error: null });
    } catch (error) {
      if (mine === request) set({ result: null, error });
    }
  },
}));

// Another account starts again from the default days.
useAccounts.subscribe((s, prev) => {
  if (s.selectedId !== prev.selectedId) useChanges.setState({ from: null, to: null, result: null, error: null, base: null });
});

/** Everyone the map should outline: joined, left, moved, added, and the biggest score changes. */
export function changedIds(c: AccountChanges): string[] {
  const ids = new Set<string>();
  for (const m of [...c.joined, ...c.left, ...c.stanceMoves, ...c.added]) ids.add(m.personId);
  for (const s of c.scoreChanges) ids.add(s.personId);
  return [...ids];
}
