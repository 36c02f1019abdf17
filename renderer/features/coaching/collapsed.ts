// Whether the coaching card is folded; remembered for this session only (sessionStorage).
import { create } from 'zustand';

const KEY = 'powermap.coaching.collapsed';

const read = (): boolean => {
  try {
    return sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
};

interface CollapsedState {
  collapsed: boolean;
  toggle(): void;
}

export const useCoachingCollapsed = create<CollapsedState>()((set, get) => ({
  collapsed: read(),
  toggle() {
    const collapsed = !get().collapsed;
    try {
      sessionStorage.setItem(KEY, collapsed ? '1' : '0');
    } catch {
      // Storage can be unavailable; the card still folds for this page.
    }
    set({ collapsed });
  },
}));
