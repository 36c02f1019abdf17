// Every account's support-base trend for the accounts list, and the service's today (its clock decides).
import { create } from 'zustand';
import { addDays } from '../../../shared/history/days';
import type { SupportTrend } from '../../../shared/history/types';
import { call } from '../../api/client';
import { useAccounts } from '../../stores/accounts';
import { onChange, touchesSupport } from '../../stores/changes';

interface TrendsState {
  byAccount: Record<string, SupportTrend>;
  /** Today as the service sees it (null until the first answer). */
  today: string | null;
  load(): Promise<void>;
}

let request = 0;

export const useTrends = create<TrendsState>()((set) => ({
  byAccount: {},
  today: null,
  async load() {
    const mine = ++request;
    const trends = await call('getSupportTrends', { includeArchived: useAccounts.getState().includeArchived });
    if (mine !== request) return;
    const first = trends[0];
    set({
      byAccount: Object.fromEntries(trends.map((tr) => [tr.accountId, tr])),
      ...(first ? { today: addDays(first.sparklineFrom, first.sparkline.length - 1) } : {}),
    });
  },
}));

// The trends follow the accounts list when it is read from the service, and an edit that moves the
// support base (a stance, a rating, people added or deleted) — not a list whose counts were patched.
useAccounts.subscribe((s, prev) => {
  if (s.list !== prev.list && s.listSource === 'load') void useTrends.getState().load().catch(() => undefined);
});
onChange((change) => {
  if (touchesSupport(change)) void useTrends.getState().load().catch(() => undefined);
});

/** Today for date controls: the service's day when known, else this computer's. */
export function todayOrLocal(today: string | null): string {
  if (today) return today;
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
