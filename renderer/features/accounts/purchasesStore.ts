// The open account's purchasing record and visits, for the qualification in the map's header and the
// cost line in the account details. Reloaded after the details are saved and when visits change.
import { create } from 'zustand';
import type { AccountPurchases } from '../../../shared/visits/model';
import { call } from '../../api/client';

interface PurchasesState {
  accountId: string | null;
  purchases: AccountPurchases | null;
  load(accountId: string): Promise<void>;
}

let asked = 0;

export const usePurchases = create<PurchasesState>()((set, get) => ({
  accountId: null,
  purchases: null,
  async load(accountId) {
    const mine = ++asked;
    if (get().accountId !== accountId) set({ accountId, purchases: null });
    const purchases = await call('getYearlyPurchases', { accountId }).catch(() => null);
    if (mine === asked) set({ accountId, purchases });
  },
}));
