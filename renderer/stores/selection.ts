// Selection slice: which person the right panel shows, or the new-person form. Ctrl/Shift-click on the
// map adds people to the selection (`personIds`), e.g. everyone who attended a visit; the panel shows
// the last one chosen (`personId`). Every change of what the panel shows waits for unsaved edits to be
// saved or discarded (stores/unsaved.ts).
import { create } from 'zustand';
import { guardLeave } from './unsaved';

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

export const useSelection = create<SelectionState>()((set, get) => ({
  personId: null,
  personIds: [],
  mode: 'people',
  selectPerson(personId) {
    const go = () => set({ personId, personIds: personId ? [personId] : [], mode: personId ? 'person' : 'people' });
    if (personId !== null && personId === get().personId && get().mode === 'person') go();
    else guardLeave(go);
  },
  togglePerson(personId) {
    guardLeave(() => set((s) => {
      const personIds = s.personIds.includes(personId) ? s.personIds.filter((id) => id !== personId) : [...s.personIds, personId];
      const last = personIds[personIds.length - 1] ?? null;
      return { personIds, personId: last, mode: last ? 'person' : 'people' };
    }));
  },
  startNewPerson() {
    guardLeave(() => set({ personId: null, personIds: [], mode: 'new-person' }));
  },
  clear() {
    guardLeave(() => set({ personId: null, personIds: [], mode: 'people' }));
  },
}));
