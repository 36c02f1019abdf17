// UI slice: pane collapse, legend, language, the one-line notice under the toolbar, and the request to open the visit form.
import { create } from 'zustand';
import type { Language } from '../i18n/resources';

export interface Notice {
  kind: 'info' | 'warning' | 'error';
  /** i18n key and params, so the notice follows a language switch. */
  key: string;
  params?: Record<string, string | number>;
}

/** What the visit form opens with: the account, who attended (person ids), and the next step it follows up (its visit id). */
export interface VisitFormRequest {
  accountId: string;
  attendees: string[];
  fromNextStep: string | null;
}

interface UiState {
  accountsCollapsed: boolean;
  legendOpen: boolean;
  language: Language;
  notice: Notice | null;
  /** Set by openVisitForm (e.g. the agenda's "Log the visit"); the visits feature shows its form while set. */
  visitForm: VisitFormRequest | null;
  toggleAccounts(): void;
  toggleLegend(): void;
  setLanguage(language: Language): void;
  notify(notice: Notice | null): void;
  openVisitForm(request: VisitFormRequest): void;
  closeVisitForm(): void;
}

export const useUi = create<UiState>()((set) => ({
  accountsCollapsed: false,
  legendOpen: true,
  language: 'en',
  notice: null,
  visitForm: null,
  toggleAccounts() {
    set((s) => ({ accountsCollapsed: !s.accountsCollapsed }));
  },
  toggleLegend() {
    set((s) => ({ legendOpen: !s.legendOpen }));
  },
  setLanguage(language) {
    set({ language });
  },
  notify(notice) {
    set({ notice });
  },
  openVisitForm(visitForm) {
    set({ visitForm });
  },
  closeVisitForm() {
    set({ visitForm: null });
  },
}));
