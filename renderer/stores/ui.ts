// UI slice: pane collapse, legend, language, the one-line notice under the toolbar.
import { create } from 'zustand';
import type { Language } from '../i18n/resources';

export interface Notice {
  kind: 'info' | 'warning' | 'error';
  /** i18n key and params, so the notice follows a language switch. */
  key: string;
  params?: Record<string, string | number>;
}

interface UiState {
  accountsCollapsed: boolean;
  legendOpen: boolean;
  language: Language;
  notice: Notice | null;
  toggleAccounts(): void;
  toggleLegend(): void;
  setLanguage(language: Language): void;
  notify(notice: Notice | null): void;
}

export const useUi = create<UiState>()((set, get) => ({
  accountsCollapsed: false,
  // Folded to one line unless the rep opened it: a laptop keeps its height for the map. The choice
  // (and the pane's fold) is kept across restarts by features/viewMemory/remember.ts.
  legendOpen: false,
  language: 'en',
  notice: null,
  toggleAccounts() {
    set((s) => ({ accountsCollapsed: !s.accountsCollapsed }));
  },
  toggleLegend() {
    set({ legendOpen: !get().legendOpen });
  },
  setLanguage(language) {
    set({ language });
  },
  notify(notice) {
    set({ notice });
  },
}));
