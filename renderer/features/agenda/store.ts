// The agenda's state: open or not, the next steps across accounts (done ones when asked), and the
// step just marked done (which offers to log the visit, or to reopen it).
import { create } from 'zustand';
import type { ApiErrorPayload } from '../../../shared/ipc/errors';
import type { NextStepItem } from '../../../shared/visits/model';
import { call, toPayload } from '../../api/client';
import { useAccounts } from '../../stores/accounts';
import { useVisitSummaries } from './summaries';

interface AgendaState {
  open: boolean;
  showDone: boolean;
  items: NextStepItem[];
  loaded: boolean;
  error: ApiErrorPayload | null;
  /** The step the rep just marked done, until they log the visit, reopen it or dismiss. */
  justDone: NextStepItem | null;
  setOpen(open: boolean): void;
  setShowDone(showDone: boolean): void;
  load(): Promise<void>;
  complete(item: NextStepItem, done: boolean): Promise<void>;
  dismiss(): void;
}

let request = 0;

export const useAgenda = create<AgendaState>()((set, get) => ({
  open: false,
  showDone: false,
  items: [],
  loaded: false,
  error: null,
  justDone: null,
  setOpen(open) {
    set({ open, ...(open ? {} : { justDone: null }) });
    if (open) void get().load();
  },
  setShowDone(showDone) {
    set({ showDone });
    void get().load();
  },
  async load() {
    const mine = ++request;
    try {
      // The summaries bring the service's today (for the groups) and refresh the accounts list's line.
      const [items] = await Promise.all([call('listNextSteps', { includeDone: get().showDone }), useVisitSummaries.getState().load()]);
      if (mine === request) set({ items, loaded: true, error: null });
    } catch (err) {
      if (mine === request) set({ error: toPayload(err) });
    }
  },
  async complete(item, done) {
    try {
      await call('completeNextStep', { visitId: item.visitId, done });
      set({ justDone: done ? { ...item, done: true } : null, error: null });
    } catch (err) {
      set({ error: toPayload(err) });
    }
    await get().load();
  },
  dismiss() {
    set({ justDone: null });
  },
}));

// Opening an account (from the accounts list too) shows its map: the agenda steps aside.
useAccounts.subscribe((s, prev) => {
  if (s.selectedId !== prev.selectedId && s.selectedId !== null && useAgenda.getState().open) useAgenda.getState().setOpen(false);
});
