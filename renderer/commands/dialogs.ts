// The app-level surfaces commands and menus open: the palette, the shortcuts list, the export, import
// and account-details dialogs (whether their buttons are on the toolbar or folded into More) and the
// delete confirmation of a person (the one from the person panel, the Delete key and menus alike).
import { create } from 'zustand';

interface CommandDialogs {
  palette: boolean;
  shortcuts: boolean;
  exportOpen: boolean;
  importOpen: boolean;
  detailsOpen: boolean;
  /** The person whose delete confirmation is open. */
  deletePersonId: string | null;
  set(patch: Partial<Omit<CommandDialogs, 'set'>>): void;
}

export const useCommandDialogs = create<CommandDialogs>()((set) => ({
  palette: false,
  shortcuts: false,
  exportOpen: false,
  importOpen: false,
  detailsOpen: false,
  deletePersonId: null,
  set(patch) {
    set(patch);
  },
}));
