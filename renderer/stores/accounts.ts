// Accounts slice: the list in the left pane, its filter, and which account is open.
import { create } from 'zustand';
import type { Account, AccountMap, AccountSummary } from '../../shared/domain/model';
import type { DeletionImpact } from '../../shared/ipc/contract';
import { call } from '../api/client';
import { guardLeave } from './unsaved';

interface AccountsState {
  list: AccountSummary[];
  /** 'load': the list came from the service; 'patch': counts were updated in place after an edit (nothing to re-read). */
  listSource: 'load' | 'patch';
  loaded: boolean;
  includeArchived: boolean;
  filter: string;
  selectedId: string | null;
  load(): Promise<void>;
  /** After an edit of the open map: its people, relationship and support-base counts, from the map itself. */
  patchCounts(accountId: string, map: Pick<AccountMap, 'people' | 'relationships'>): void;
  setFilter(filter: string): void;
  setIncludeArchived(include: boolean): Promise<void>;
  select(id: string | null): void;
  create(name: string): Promise<Account>;
  rename(id: string, name: string): Promise<Account>;
  setArchived(id: string, archived: boolean): Promise<Account>;
  deletionImpact(id: string): Promise<DeletionImpact>;
  remove(id: string): Promise<DeletionImpact>;
}

export const useAccounts = create<AccountsState>()((set, get) => ({
  list: [],
  listSource: 'load',
  loaded: false,
  includeArchived: false,
  filter: '',
  selectedId: null,
  async load() {
    const list = await call('listAccounts', { includeArchived: get().includeArchived });
    set({ list, listSource: 'load', loaded: true });
  },
  patchCounts(accountId, map) {
    const counts = {
      peopleCount: map.people.length,
      relationshipCount: map.relationships.length,
      supportBaseCount: map.people.filter((p) => p.stance === 'ally' || p.stance === 'supporter').length,
    };
    set((s) => ({ listSource: 'patch', list: s.list.map((a) => (a.id === accountId ? { ...a, ...counts } : a)) }));
  },
  setFilter(filter) {
    set({ filter });
  },
  async setIncludeArchived(includeArchived) {
    set({ includeArchived });
    await get().load();
  },
  select(selectedId) {
    // Opening another account takes the person form away: unsaved edits are saved or discarded first.
    if (selectedId === get().selectedId) return;
    guardLeave(() => set({ selectedId }));
  },
  async create(name) {
    const account = await call('createAccount', { name });
    await get().load();
    set({ selectedId: account.id });
    return account;
  },
  async rename(id, name) {
    const account = await call('updateAccount', { id, patch: { name } });
    await get().load();
    return account;
  },
  async setArchived(id, archived) {
    const account = await call('setAccountArchived', { id, archived });
    await get().load();
    return account;
  },
  deletionImpact(id) {
    return call('getDeletionImpact', { id });
  },
  async remove(id) {
    const impact = await call('deleteAccount', { id });
    if (get().selectedId === id) set({ selectedId: null });
    await get().load();
    return impact;
  },
}));

/** Accounts whose name contains the filter (case-insensitive), in the service's order. */
export function selectVisibleAccounts(s: Pick<AccountsState, 'list' | 'filter'>): AccountSummary[] {
  const needle = s.filter.trim().toLocaleLowerCase();
  return needle ? s.list.filter((a) => a.name.toLocaleLowerCase().includes(needle)) : s.list;
}
