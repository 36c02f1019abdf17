// Selection slice: which person the right panel shows, or the new-person form.
import { create } from 'zustand';

export type PanelMode = 'people' | 'person' | 'new-person';

interface SelectionState {
  personId: string | null;
  mode: PanelMode;
  selectPerson(personId: string | null): void;
  startNewPerson(): void;
  clear(): void;
}

export const useSelection = create<SelectionState>()((set) => ({
  personId: null,
  mode: 'people',
  selectPerson(personId) {
    set({ personId, mode: personId ? 'person' : 'people' });
  },
  startNewPerson() {
    set({ personId: null, mode: 'new-person' });
  },
  clear() {
    set({ personId: null, mode: 'people' });
  },
}));
