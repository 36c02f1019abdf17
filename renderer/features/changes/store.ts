// What changed between two days: the chosen days (null = default, 30 days ago → today) and the answer.
import { create } from 'zustand';
import type { AccountChanges } from '../../../shared/history/types';
import { call } from '../../api/client';
import { useAccounts } from '../../stores/accounts';

interface ChangesState {
  from: string | null;
  to: string | null;
  result: AccountChanges | null;
  error: unknown;
  setDays(from: string | null, to: string | null): void;
  load(accountId: string, from: string, to: string): Promise<void>;
}

let request = 0;

export const useChanges = create<ChangesState>()((set) => ({
  from: null,
  to: null,
  result: null,
  error: null,
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
  if (s.selectedId !== prev.selectedId) useChanges.setState({ from: null, to: null, result: null, error: null });
});

/** Everyone the map should outline: joined, left, moved, added, and the biggest score changes. */
export function changedIds(c: AccountChanges): string[] {
  const ids = new Set<string>();
  for (const m of [...c.joined, ...c.left, ...c.stanceMoves, ...c.added]) ids.add(m.personId);
  for (const s of c.scoreChanges) ids.add(s.personId);
  return [...ids];
}
