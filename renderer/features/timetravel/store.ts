// Time travel: the open account as it was on a past day (read-only), or null = today's live map.
import { create } from 'zustand';
import type { AccountMapAsOf } from '../../../shared/history/types';
import { call } from '../../api/client';
import { useAccounts } from '../../stores/accounts';
import { useSelection } from '../../stores/selection';

interface TimeTravelState {
  /** The day being viewed; null = today. */
  day: string | null;
  map: AccountMapAsOf | null;
  error: unknown;
  visit(accountId: string, day: string): Promise<void>;
  back(): void;
}

let request = 0;

export const useTimeTravel = create<TimeTravelState>()((set) => ({
  day: null,
  map: null,
  error: null,
  async visit(accountId, day) {
    const mine = ++request;
    try {
      const map = await call('getAccountMapAsOf', { accountId, day, layout: 'saved' });
      if (mine !== request) return;
      useSelection.getState().clear();
      // Today is the live, editable map, not a read-only copy of it.
      if (map.isToday) set({ day: null, map: null, error: null });
      else set({ day, map, error: null });
    } catch (error) {
      if (mine === request) set({ error });
    }
  },
  back() {
    request += 1;
    useSelection.getState().clear();
    set({ day: null, map: null, error: null });
  },
}));

// Another account opens on today.
useAccounts.subscribe((s, prev) => {
  if (s.selectedId !== prev.selectedId && useTimeTravel.getState().day !== null) useTimeTravel.getState().back();
});

/** True while the map shows the past: every editing control hides or disables itself. */
export const selectReadOnly = (s: TimeTravelState): boolean => s.map !== null;
