// Which tab the right panel shows: the people / selected person, or the influence ranking.
import { create } from 'zustand';

export type PanelTab = 'people' | 'visits' | 'ranking' | 'timeline' | 'changes';

export const usePanelTab = create<{ tab: PanelTab; setTab(tab: PanelTab): void }>()((set) => ({
  tab: 'people',
  setTab(tab) {
    set({ tab });
  },
}));
