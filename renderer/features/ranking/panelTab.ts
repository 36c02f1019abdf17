// Which tab the right panel shows: the people / selected person, or the influence ranking.
import { create } from 'zustand';
import { guardLeave } from '../../stores/unsaved';

export type PanelTab = 'people' | 'visits' | 'ranking' | 'timeline' | 'changes';

export const usePanelTab = create<{ tab: PanelTab; setTab(tab: PanelTab): void }>()((set, get) => ({
  tab: 'people',
  setTab(tab) {
    // Leaving the People tab takes the person form away: unsaved edits are saved or discarded first.
    if (tab === get().tab) return;
    guardLeave(() => set({ tab }));
  },
}));
