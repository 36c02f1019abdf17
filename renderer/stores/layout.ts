// Which layout the map shows for the open account. Positions the rep drags are saved under it.
import { create } from 'zustand';
import type { LayoutName } from '../../shared/domain/model';

interface LayoutState {
  accountId: string | null;
  layout: LayoutName;
  /** True while a layout is being computed (the switch shows it). */
  busy: boolean;
  choose(accountId: string, layout: LayoutName): void;
  setBusy(busy: boolean): void;
}

export const useLayout = create<LayoutState>()((set) => ({
  accountId: null,
  layout: 'saved',
  busy: false,
  choose: (accountId, layout) => set({ accountId, layout }),
  setBusy: (busy) => set({ busy }),
}));

/** The layout shown for `accountId`: another account's choice does not carry over (every account opens in its saved view). */
export function layoutFor(accountId: string | null | undefined): LayoutName {
  const s = useLayout.getState();
  return accountId && s.accountId === accountId ? s.layout : 'saved';
}
