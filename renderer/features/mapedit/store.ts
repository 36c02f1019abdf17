// Screen state of editing on the map: the hovered person (card and connect handle), the open context
// menu, the in-place relationship form and the delete confirmation. Boxes are in viewport px.
import { create } from 'zustand';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface MapEditState {
  hover: { personId: string; box: Box } | null;
  menu: { personId: string; box: Box } | null;
  /** A relationship being made in place: from a drag (toId known) or from the menu (toId chosen in the form). */
  connect: { fromId: string; toId: string | null; box: Box } | null;
  /** The person whose path to the top decision-maker is drawn (cleared by the next tap on the map). */
  pathFor: string | null;
  /** A node is being moved or a connect line drawn: no card then. */
  busy: boolean;
  /** Where focus goes back when the menu, the form or the confirmation closes. */
  returnFocus: HTMLElement | null;
  setHover(hover: MapEditState['hover']): void;
  setBusy(busy: boolean): void;
  /** `from`: where focus goes back; by default what has focus now. */
  openMenu(personId: string, box: Box, from?: HTMLElement | null): void;
  openConnect(fromId: string, toId: string | null, box: Box, from?: HTMLElement | null): void;
  setPathFor(personId: string | null): void;
  /** Closes the menu, form and confirmation and gives focus back. */
  close(): void;
}

function focused(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

export const useMapEdit = create<MapEditState>()((set, get) => ({
  hover: null,
  menu: null,
  connect: null,
  pathFor: null,
  busy: false,
  returnFocus: null,
  setHover(hover) {
    if (hover && (get().busy || get().menu || get().connect)) return;
    set({ hover });
  },
  setBusy(busy) {
    set(busy ? { busy, hover: null } : { busy });
  },
  openMenu(personId, box, from) {
    const s = get();
    const returnFocus = s.menu || s.connect ? s.returnFocus : from !== undefined ? from : focused();
    set({ menu: { personId, box }, connect: null, hover: null, returnFocus });
  },
  openConnect(fromId, toId, box, from) {
    // From the menu: focus goes back where the menu would have sent it.
    const returnFocus = get().menu ? get().returnFocus : from !== undefined ? from : focused();
    set({ connect: { fromId, toId, box }, menu: null, hover: null, returnFocus });
  },
  setPathFor(pathFor) {
    set({ pathFor });
  },
  close() {
    const target = get().returnFocus;
    set({ menu: null, connect: null, returnFocus: null });
    if (target && target.isConnected) target.focus();
  },
}));
