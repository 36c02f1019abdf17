// Below NARROW_WINDOW px wide the accounts pane folds to its icon rail, so the map keeps its room;
// widening the window past it opens the pane again. The rep can still open or fold it by hand.
import { useEffect } from 'react';
import { useUi } from '../../stores/ui';

export const NARROW_WINDOW = 1200;

export function useAutoCollapseAccounts(): void {
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const narrow = window.matchMedia(`(max-width: ${NARROW_WINDOW - 1}px)`);
    const apply = () => useUi.setState({ accountsCollapsed: narrow.matches });
    if (narrow.matches) apply();
    narrow.addEventListener('change', apply);
    return () => narrow.removeEventListener('change', apply);
  }, []);
}
