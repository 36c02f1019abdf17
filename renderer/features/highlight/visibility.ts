// Which people the map shows under the toolbar filters: support base only, key people only (top N or score ≥ threshold).
import { isInSupportBase } from '../../../shared/domain/model';
import type { RankedPerson } from '../../../shared/domain/ranking';

export type KeyPeopleMode = 'top' | 'threshold';

export interface MapFilters {
  supportBaseOnly: boolean;
  keyPeopleOnly: boolean;
  keyMode: KeyPeopleMode;
  /** Top N by rank (mode 'top'). */
  topN: number;
  /** Minimum score 0–100 (mode 'threshold'). */
  threshold: number;
}

export const DEFAULT_FILTERS: MapFilters = { supportBaseOnly: false, keyPeopleOnly: false, keyMode: 'top', topN: 10, threshold: 50 };

export function isFiltering(f: MapFilters): boolean {
  return f.supportBaseOnly || f.keyPeopleOnly;
}

/** Is this person a key person under the filter? Rank and score come from the shared ranking. */
export function isKeyPerson(entry: RankedPerson, f: Pick<MapFilters, 'keyMode' | 'topN' | 'threshold'>): boolean {
  return f.keyMode === 'top' ? entry.rank <= Math.max(0, Math.floor(f.topN)) : entry.influence.score >= f.threshold;
}

/** Ids of the people shown; both filters on means both must hold. */
export function visiblePeople(ranked: readonly RankedPerson[], f: MapFilters): Set<string> {
  const out = new Set<string>();
  for (const entry of ranked) {
    if (f.supportBaseOnly && !isInSupportBase(entry.person.stance)) continue;
    if (f.keyPeopleOnly && !isKeyPerson(entry, f)) continue;
    out.add(entry.person.id);
  }
  return out;
}
