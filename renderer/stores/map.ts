// Current-map slice: the open account's people, relationships and saved positions, and edits to them.
import { create } from 'zustand';
import type { AccountMap, Person, Position } from '../../shared/domain/model';
import type { Input, PersonWriteResult } from '../../shared/ipc/contract';
import { applyMapPatch, type MapPatch } from '../../shared/history/mapPatch';
import { call } from '../api/client';
import { useAccounts } from './accounts';
import { announceChange, type Change } from './changes';
import { layoutFor } from './layout';

interface MapState {
  map: AccountMap | null;
  /** Bumped each time the map is read from the service (open, reload after an import or a restore), not by local edits. */
  reads: number;
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
  /** An undo or redo's own account of what it changed, put on the map without reading it again. */
  applyPatch(patch: MapPatch): void;
  /** People a call changed elsewhere (e.g. logging a visit: met, last contact, stance), put on the map in one update. */
  applyPeople(people: readonly Person[]): void;
}

/** Every load asks with a new number; an answer that is not the latest (the rep moved on) is dropped. */
let request = 0;

/** The map with these people put in (replacing by id, or appended) and a moved top decision-maker flag cleared. */
function withPeople(map: AccountMap, result: PersonWriteResult): AccountMap {
  const { person } = result;
  const lost = result.previousTopDecisionMaker?.id ?? null;
  const found = map.people.some((p) => p.id === person.id);
  const people = map.people.map((p) => (p.id === person.id ? person : p.id === lost && lost !== person.id ? { ...p, isTopDecisionMaker: false } : p));
  return { ...map, people: found ? people : [...people, person] };
}

/** The person fields an undo/redo patch changes ('*': someone removed). */
function patchedFields(map: AccountMap, patch: MapPatch): string[] {
  if (patch.removedPeople.length) return ['*'];
  const before = new Map(map.people.map((p) => [p.id, p as unknown as Record<string, unknown>]));
  const fields = new Set<string>();
  for (const p of patch.people) {
    const old = before.get(p.id);
    if (!old) return ['*'];
    for (const [k, v] of Object.entries(p)) if (k !== 'updatedAt' && JSON.stringify(old[k]) !== JSON.stringify(v)) fields.add(k);
  }
  return [...fields];
}

/** The patch fields that really differ from the person before (what the change notification names). */
function changedFields(before: Person | undefined, patch: Input<'updatePerson'>['patch']): string[] {
  if (!before) return ['*'];
  return Object.keys(patch).filter((k) => JSON.stringify((before as unknown as Record<string, unknown>)[k]) !== JSON.stringify((patch as Record<string, unknown>)[k]));
}

export const useMap = create<MapState>()((set, get) => {
  const accountId = (): string => {
    const id = get().map?.account.id;
    if (!id) throw new Error('No account is open');
    return id;
  };
  /**
   * One write, then one local update: the write's own answer is put on the map (no re-read), the
   * accounts list's counts follow from it, and the change is announced for the views that derive from it.
   * A write that answers after the rep opened another account changes nothing on screen.
   */
  const apply = (forAccount: string, next: (map: AccountMap) => AccountMap, change: Omit<Change, 'accountId'>) => {
    const current = get().map;
    if (!current || current.account.id !== forAccount) return;
    const map = next(current);
    set({ map });
    useAccounts.getState().patchCounts(forAccount, map);
    announceChange({ accountId: forAccount, ...change });
  };
  return {
    map: null,
    reads: 0,
    loading: false,
    async load(id) {
      const mine = ++request;
      if (!id) {
        set({ map: null, loading: false });
        return;
      }
      set({ loading: true });
      try {
        const map = await call('getAccountMap', { accountId: id, layout: 'saved' });
        if (mine === request) set((st) => ({ map, reads: st.reads + 1 }));
      } finally {
        if (mine === request) set({ loading: false });
      }
    },
    async reload() {
      const id = get().map?.account.id;
      if (!id) return;
      const mine = ++request;
      const map = await call('getAccountMap', { accountId: id, layout: 'saved' });
      if (mine === request) set((st) => ({ map, reads: st.reads + 1 }));
    },
    async createPerson(input) {
      const forAccount = accountId();
      const result = await call('createPerson', { ...input, accountId: forAccount });
      apply(forAccount, (map) => withPeople(map, result), { entities: ['people'], fields: ['*'] });
      return result;
    },
    async updatePerson(id, patch) {
      const forAccount = accountId();
      const fields = changedFields(get().map?.people.find((p) => p.id === id), patch);
      const result = await call('updatePerson', { id, patch });
      apply(forAccount, (map) => withPeople(map, result), { entities: ['people'], fields: result.previousTopDecisionMaker ? [...fields, 'isTopDecisionMaker'] : fields });
      return result;
    },
    async deletePerson(id) {
      const forAccount = accountId();
      await call('deletePerson', { id });
      // The service deletes their relationships and positions with them (one transaction); so does the map.
      apply(
        forAccount,
        (map) => ({
          ...map,
          people: map.people.filter((p) => p.id !== id),
          relationships: map.relationships.filter((r) => r.fromId !== id && r.toId !== id),
          positions: map.positions.filter((p) => p.personId !== id),
        }),
        { entities: ['people', 'relationships'], fields: ['*'] },
      );
    },
    async createRelationship(input) {
      const forAccount = accountId();
      const rel = await call('createRelationship', { ...input, accountId: forAccount });
      apply(forAccount, (map) => ({ ...map, relationships: [...map.relationships, rel] }), { entities: ['relationships'] });
    },
    async deleteRelationship(id) {
      const forAccount = accountId();
      await call('deleteRelationship', { id });
      apply(forAccount, (map) => ({ ...map, relationships: map.relationships.filter((r) => r.id !== id) }), { entities: ['relationships'] });
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
    applyPatch(patch) {
      const current = get().map;
      if (!current) return;
      const entities: Change['entities'] = [
        ...(patch.people.length || patch.removedPeople.length ? (['people'] as const) : []),
        ...(patch.relationships.length || patch.removedRelationships.length || patch.removedPeople.length ? (['relationships'] as const) : []),
      ];
      apply(patch.accountId, (map) => applyMapPatch(map, patch), { entities, fields: patchedFields(current, patch) });
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
