// The app-level surfaces commands open: the palette, the shortcuts list, the export dialog and the
// delete confirmation of a person (the one from the person panel, the Delete key and menus alike).
import { create } from 'zustand';

interface CommandDialogs {
  palette: boolean;
  shortcuts: boolean;
  exportOpen: boolean;
  /** The person whose delete confirmation is open. */
  deletePersonId: string | null;
  set(patch: Partial<Omit<CommandDialogs, 'set'>>): void;
}

export const useCommandDialogs = create<CommandDialogs>()((set) => ({
  palette: false,
  shortcuts: false,
  exportOpen: false,
  deletePersonId: null,
  set(patch) {
    set(patch);
  },
}));
