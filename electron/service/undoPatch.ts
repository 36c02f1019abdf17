// The map patch an undo or redo answers with (shared/history/mapPatch.ts): built from the changes
// the step applied, and only when they all change or remove people and relationships in place and
// the step carries nothing else (positions, cascaded visits). Anything else answers null, and the
// renderer reads the map again.
import type { HistoryChange } from '../db/history';
import type { MapPatch } from '../../shared/history/mapPatch';
import type { ServiceContext } from './context';
import { isEmptyExtras, type UndoExtras } from './undoExtras';

export function mapPatchOf(ctx: ServiceContext, accountId: string, changes: readonly HistoryChange[], extras: UndoExtras): MapPatch | null {
  if (!isEmptyExtras(extras)) return null;
  const patch: MapPatch = { accountId, people: [], relationships: [], removedPeople: [], removedRelationships: [] };
  const people = new Set<string>();
  const links = new Set<string>();
  for (const change of changes) {
    if (change.op === 'create') return null; // a row put back: its place in the lists decides the order
    if (change.entity === 'person') {
      if (change.op === 'delete') patch.removedPeople.push(change.data.id);
      else people.add(change.data.id);
    } else if (change.entity === 'relationship') {
      if (change.op === 'delete') patch.removedRelationships.push(change.data.id);
      else links.add(change.data.id);
    } else return null;
  }
  for (const id of people) {
    const row = ctx.store.people.get(id);
    if (row) patch.people.push(row);
  }
  for (const id of links) {
    const row = ctx.store.relationships.get(id);
    if (row) patch.relationships.push(row);
  }
  return patch;
}
