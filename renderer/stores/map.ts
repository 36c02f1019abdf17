// Current-map slice: the open account's people, relationships and saved positions, and edits to them.
import { create } from 'zustand';
import type { AccountMap, Person, Position } from '../../shared/domain/model';
import type { Input, PersonWriteResult } from '../../shared/ipc/contract';
import { call } from '../api/client';
import { useAccounts } from './accounts';
import { layoutFor } from './layout';

interface MapState {
  map: AccountMap | null;
  loading: boolean;
  load(accountId: string | null): Promise<void>;
  reload(): Promise<void>;
  createPerson(input: Omit<Input<'createPerson'>, 'accountId'>): Promise<PersonWriteResult>;
  updatePerson(id: string, patch: Input<'updatePerson'>['patch']): Promise<PersonWriteResult>;
  deletePerson(id: string): Promise<void>;
  createRelationship(input: Omit<Input<'createRelationship'>, 'accountId'>): Promise<void>;
  deleteRelationship(id: string): Promise<void>;
  /** A drag is an undo step; `undoable: false` keeps a computed layout without one. */
  savePositions(positions: Position[], options?: { undoable: false }): Promise<void>;
  /** People a call changed elsewhere (e.g. logging a visit: met, last contact, stance), put on the map in one update. */
  applyPeople(people: readonly Person[]): void;
}

export const useMap = create<MapState>()((set, get) => {
  const accountId = (): string => {
    const id = get().map?.account.id;
    if (!id) throw new Error('No account is open');
    return id;
  };
  // Edits change counts in the accounts list too, so both are refreshed.
  const refresh = async () => {
    await Promise.all([get().reload(), useAccounts.getState().load()]);
  };
  return {
    map: null,
    loading: false,
    async load(id) {
      if (!id) {
        set({ map: null, loading: false });
        return;
      }
      set({ loading: true });
      try {
        const map = await call('getAccountMap', { accountId: id, layout: 'saved' });
        set({ map });
      } finally {
        set({ loading: false });
      }
    },
    async reload() {
      const id = get().map?.account.id;
      if (id) set({ map: await call('getAccountMap', { accountId: id, layout: 'saved' }) });
    },
    async createPerson(input) {
      const result = await call('createPerson', { ...input, accountId: accountId() });
      await refresh();
      return result;
    },
    async updatePerson(id, patch) {
      const result = await call('updatePerson', { id, patch });
      await refresh();
      return result;
    },
    async deletePerson(id) {
      await call('deletePerson', { id });
      await refresh();
    },
    async createRelationship(input) {
      await call('createRelationship', { ...input, accountId: accountId() });
      await refresh();
    },
    async deleteRelationship(id) {
      await call('deleteRelationship', { id });
      await refresh();
    },
    async savePositions(positions, options) {
      const map = get().map;
      if (!map) return;
      // Saved under the layout on screen; only the rep's own arrangement ('saved') is what `map.positions` holds.
      const layout = layoutFor(map.account.id);
      await call('savePositions', { accountId: map.account.id, layout, positions, ...options });
      const current = get().map;
      if (layout === 'saved' && current && current.account.id === map.account.id) set({ map: { ...current, positions } });
    },
    applyPeople(people) {
      const current = get().map;
      if (!current || people.length === 0) return;
      const changed = new Map(people.filter((p) => p.accountId === current.account.id).map((p) => [p.id, p]));
      if (changed.size === 0) return;
      set({ map: { ...current, people: current.people.map((p) => changed.get(p.id) ?? p) } });
    },
  };
});

export function selectPerson(map: AccountMap | null, id: string | null): Person | null {
  if (!map || !id) return null;
  return map.people.find((p) => p.id === id) ?? null;
}
