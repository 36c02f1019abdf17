// Map filter state (toolbar toggles). Kept per window session; a new account keeps the rep's choice.
import { create } from 'zustand';
import { DEFAULT_FILTERS, type MapFilters } from './visibility';

interface HighlightState extends MapFilters {
  set(patch: Partial<MapFilters>): void;
  reset(): void;
}

export const useHighlight = create<HighlightState>()((set) => ({
  ...DEFAULT_FILTERS,
  set(patch) {
    set(patch);
  },
  reset() {
    set({ ...DEFAULT_FILTERS });
  },
}));

export function filtersOf(s: MapFilters): MapFilters {
  return { supportBaseOnly: s.supportBaseOnly, keyPeopleOnly: s.keyPeopleOnly, keyMode: s.keyMode, topN: s.topN, threshold: s.threshold };
}
