// Undo / redo for the open account: what Ctrl+Z would do (from the service, which keeps the stack
// in the database), running it, and bringing the map, the panels and the accounts list up to date after
// (from the step's own patch when it has one, else by reading them again).
// Accounts deleted in this session can be brought back ("Deleted — Undo").
import i18n, { type TFunction } from 'i18next';
import { create } from 'zustand';
import type { UndoState, UndoStep } from '../../../shared/history/undo';
import { call, onChanged, toPayload } from '../../api/client';
import { useAccounts } from '../../stores/accounts';
import { useMap } from '../../stores/map';
import { layoutFor } from '../../stores/layout';
import { graph } from '../../graph/instance';
import { useUi } from '../../stores/ui';
import { selectReadOnly, useTimeTravel } from '../timetravel/store';

export interface DeletedAccount {
  id: string;
  name: string;
}

interface UndoStore {
  state: UndoState | null;
  busy: boolean;
  /** Accounts deleted in this session, newest last. */
  deleted: DeletedAccount[];
  refresh(): Promise<void>;
  run(direction: 'undo' | 'redo'): Promise<void>;
  noteDeleted(account: DeletedAccount): void;
  restore(id: string): Promise<void>;
  dismissDeleted(id: string): void;
}

/** "change Sun Meihua's stance" in the app's language. */
export const stepWords = (step: UndoStep, t: TFunction = i18n.t): string => t(step.messageKey, step.params);

const openAccountId = (): string | null => useMap.getState().map?.account.id ?? null;

async function refreshAll(): Promise<void> {
  await Promise.all([useMap.getState().reload(), useAccounts.getState().load()]);
}

export const useUndo = create<UndoStore>()((set, get) => ({
  state: null,
  busy: false,
  deleted: [],
  async refresh() {
    const accountId = openAccountId();
    if (!accountId) {
      set({ state: null });
      return;
    }
    try {
      const state = await call('getUndoState', { accountId });
      // A late answer for an account no longer open is dropped.
      if (openAccountId() === accountId) set({ state });
    } catch {
      if (openAccountId() === accountId) set({ state: null });
    }
  },
  async run(direction) {
    if (get().busy || selectReadOnly(useTimeTravel.getState())) return;
    const accountId = openAccountId();
    if (!accountId) {
      // No account open: Ctrl+Z brings back the account deleted last in this session.
      const last = get().deleted.at(-1);
      if (direction === 'undo' && last) await get().restore(last.id);
      return;
    }
    set({ busy: true });
    try {
      const result = await call(direction, { accountId });
      if (direction === 'redo' && result.step.restoresAccount) {
        // Redoing an account's deletion: it goes again, and can be brought back again.
        get().noteDeleted({ id: accountId, name: String(result.step.params.name ?? '') });
        useAccounts.getState().select(null);
        await useAccounts.getState().load();
        return;
      }
      // A step that changed or removed people and relationships in place says how: the map is patched
      // like after any edit (2,000 people: no re-read of the whole map). Anything else reads it again.
      if (result.patch) useMap.getState().applyPatch(result.patch);
      else await refreshAll();
      // A drag undone or redone: existing people keep their spot on a refresh, so move them.
      if (result.step.messageKey === 'undo.label.positions' && openAccountId() === accountId) {
        graph.placeNodes((await call('getAccountMap', { accountId, layout: layoutFor(accountId) })).positions);
      }
      if (openAccountId() === accountId) set({ state: result.state });
      useUi.getState().notify({ kind: 'info', key: direction === 'undo' ? 'undo.undone' : 'undo.redone', params: { what: stepWords(result.step) } });
    } catch (err) {
      const p = toPayload(err);
      useUi.getState().notify({ kind: 'error', key: p.messageKey, ...(p.params ? { params: p.params } : {}) });
      await get().refresh();
    } finally {
      set({ busy: false });
    }
  },
  noteDeleted(account) {
    set((s) => ({ deleted: [...s.deleted.filter((d) => d.id !== account.id), account] }));
  },
  async restore(id) {
    const account = get().deleted.find((d) => d.id === id);
    if (!account || get().busy) return;
    set({ busy: true });
    try {
      await call('undo', { accountId: id });
      set((s) => ({ deleted: s.deleted.filter((d) => d.id !== id) }));
      await useAccounts.getState().load();
      useAccounts.getState().select(id);
      useUi.getState().notify({ kind: 'info', key: 'undo.accountRestored', params: { name: account.name } });
    } catch (err) {
      const p = toPayload(err);
      useUi.getState().notify({ kind: 'error', key: p.messageKey, ...(p.params ? { params: p.params } : {}) });
    } finally {
      set({ busy: false });
    }
  },
  dismissDeleted(id) {
    set((s) => ({ deleted: s.deleted.filter((d) => d.id !== id) }));
  },
}));

// Every edit's answer carries the undo state after it: no extra call to keep the buttons and menus right.
onChanged((changed) => {
  if (changed.accountId === openAccountId()) useUndo.setState({ state: changed.undo });
});
