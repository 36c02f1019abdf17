// The view the rep left, across restarts: read once at start-up (before the first render, so the
// window opens as it was) and written back as the rep changes it — the open account, the right
// panel's tab, the legend, the accounts pane folded, the pane widths — through getViewState /
// setViewState (the database's settings). A failed write only loses that one preference.
import type { ViewState } from '../../../shared/viewState/contractCalls';
import { call } from '../../api/client';
import { useAccounts } from '../../stores/accounts';
import { useUi } from '../../stores/ui';
import { NARROW_WINDOW } from '../accounts/useAutoCollapse';
import { usePanelTab } from '../ranking/panelTab';
import { usePanes } from './panes';

/** Applies the stored view to the stores; answers the account to open (the last one if it is still listed, else the first). */
export async function restoreView(): Promise<string | null> {
  let view: ViewState | null = null;
  try {
    view = await call('getViewState', {});
  } catch {
    // Not readable: the defaults.
  }
  const listed = useAccounts.getState().list.filter((a) => !a.archived);
  if (view) {
    useUi.setState({ legendOpen: view.legendOpen, accountsCollapsed: view.accountsCollapsed });
    usePanelTab.setState({ tab: view.tab });
    usePanes.setState({ accountsWidth: view.accountsWidth, rightWidth: view.rightWidth, wideWidth: view.wideWidth });
  }
  const last = view?.accountId ? listed.find((a) => a.id === view.accountId) : undefined;
  return (last ?? listed[0])?.id ?? null;
}

function save(patch: Partial<ViewState>): void {
  call('setViewState', patch).catch(() => undefined);
}

const narrowWindow = () => typeof window.matchMedia === 'function' && window.matchMedia(`(max-width: ${NARROW_WINDOW - 1}px)`).matches;

/** Starts writing changes back; returns a function that stops it. */
export function rememberView(): () => void {
  const stops = [
    useAccounts.subscribe((s, prev) => {
      if (s.selectedId !== prev.selectedId) save({ accountId: s.selectedId });
    }),
    usePanelTab.subscribe((s, prev) => {
      if (s.tab !== prev.tab) save({ tab: s.tab });
    }),
    useUi.subscribe((s, prev) => {
      if (s.legendOpen !== prev.legendOpen) save({ legendOpen: s.legendOpen });
      // A narrow window folds the pane by itself (useAutoCollapse): that is not the rep's choice to keep.
      if (s.accountsCollapsed !== prev.accountsCollapsed && !narrowWindow()) save({ accountsCollapsed: s.accountsCollapsed });
    }),
  ];
  return () => stops.forEach((stop) => stop());
}

/** Writes a pane width once a drag or key press is done (not on every pixel of a drag). */
export function rememberPaneWidth(key: 'accountsWidth' | 'rightWidth' | 'wideWidth'): void {
  save({ [key]: usePanes.getState()[key] });
}
