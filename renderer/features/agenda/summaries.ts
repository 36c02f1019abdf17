// Each account's visit line for the accounts list (last visit, next due step) and the service's
// today, from ONE call; reloaded whenever the accounts list is (like the trends).
import { create } from 'zustand';
import type { AccountSummary } from '../../../shared/domain/model';
import type { AccountVisitSummary } from '../../../shared/visits/model';
import { call } from '../../api/client';
import { useAccounts } from '../../stores/accounts';

interface SummariesState {
  byAccount: Record<string, AccountVisitSummary>;
  /** Today as the service sees it (null until the first answer). */
  today: string | null;
  load(): Promise<void>;
}

let request = 0;

export const useVisitSummaries = create<SummariesState>()((set) => ({
  byAccount: {},
  today: null,
  async load() {
    const mine = ++request;
    const { today, accounts } = await call('listVisitSummaries', {});
    if (mine !== request) return;
    set({ today, byAccount: Object.fromEntries(accounts.map((s) => [s.accountId, s])) });
  },
}));

useAccounts.subscribe((s, prev) => {
  // Counts patched after a person or relationship edit say nothing new about visits.
  if (s.list !== prev.list && s.listSource === 'load') void useVisitSummaries.getState().load().catch(() => undefined);
});

/** Overdue next steps of the accounts in the list that are not archived (the agenda leaves archived ones out). */
export function overdueTotal(list: readonly AccountSummary[], byAccount: Record<string, AccountVisitSummary>): number {
  return list.reduce((n, a) => n + (a.archived ? 0 : (byAccount[a.id]?.overdueSteps ?? 0)), 0);
}
