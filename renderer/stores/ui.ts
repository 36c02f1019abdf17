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

/** The legend's fold is the rep's choice, remembered on this computer (a view preference, not account data). */
const LEGEND_KEY = 'powermap.legendOpen';
function storedLegendOpen(): boolean {
  try {
    return globalThis.localStorage?.getItem(LEGEND_KEY) === 'true';
  } catch {
    return false;
  }
}

export const useUi = create<UiState>()((set, get) => ({
  accountsCollapsed: false,
  // Folded to one line unless the rep opened it: a laptop keeps its height for the map.
  legendOpen: storedLegendOpen(),
  language: 'en',
  notice: null,
  toggleAccounts() {
    set((s) => ({ accountsCollapsed: !s.accountsCollapsed }));
  },
  toggleLegend() {
    const legendOpen = !get().legendOpen;
    set({ legendOpen });
    try {
      globalThis.localStorage?.setItem(LEGEND_KEY, String(legendOpen));
    } catch {
      // Storage refused (private mode): the fold still works for this session.
    }
  },
  setLanguage(language) {
    set({ language });
  },
  notify(notice) {
    set({ notice });
  },
}));
