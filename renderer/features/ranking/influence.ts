// Scores and ranking of the open map, computed once per map object (≈6 ms for 2,000 people) and shared
// by the ranking view, the highlighted map and search.
import { computeInfluence, type InfluenceScore } from '../../../shared/domain/influence';
import type { AccountMap } from '../../../shared/domain/model';
import { rankPeople, type RankedPerson } from '../../../shared/domain/ranking';

export interface MapInfluence {
  scores: Map<string, InfluenceScore>;
  ranked: RankedPerson[];
  /** personId → 1-based rank. */
  rankOf: Map<string, number>;
}

const cache = new WeakMap<AccountMap, MapInfluence>();

export function influenceOf(map: AccountMap): MapInfluence {
  let hit = cache.get(map);
  if (!hit) {
    const scores = computeInfluence(map.people, map.relationships);
    const ranked = rankPeople(map.people, scores);
    hit = { scores, ranked, rankOf: new Map(ranked.map((r) => [r.person.id, r.rank])) };
    cache.set(map, hit);
  }
  return hit;
}
