// Selection slice: which person the right panel shows, or the new-person form. Ctrl/Shift-click on the
// map adds people to the selection (`personIds`), e.g. everyone who attended a visit; the panel shows
// the last one chosen (`personId`).
import { create } from 'zustand';

export type PanelMode = 'people' | 'person' | 'new-person';

interface SelectionState {
  personId: string | null;
  /** Everyone selected, in the order chosen; `personId` is the last of them. */
  personIds: string[];
  mode: PanelMode;
  selectPerson(personId: string | null): void;
  /** Adds the person to the selection, or takes them out if already in it. */
  togglePerson(personId: string): void;
  startNewPerson(): void;
  clear(): void;
}

export const useSelection = create<SelectionState>()((set) => ({
  personId: null,
  personIds: [],
  mode: 'people',
  selectPerson(personId) {
    set({ personId, personIds: personId ? [personId] : [], mode: personId ? 'person' : 'people' });
  },
  togglePerson(personId) {
    set((s) => {
      const personIds = s.personIds.includes(personId) ? s.personIds.filter((id) => id !== personId) : [...s.personIds, personId];
      const last = personIds[personIds.length - 1] ?? null;
      return { personIds, personId: last, mode: last ? 'person' : 'people' };
    });
  },
  startNewPerson() {
    set({ personId: null, personIds: [], mode: 'new-person' });
  },
  clear() {
    set({ personId: null, personIds: [], mode: 'people' });
  },
}));
