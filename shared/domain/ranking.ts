// Ranking (shared/domain/README.md): people by influence score, highest first; ties: the top decision-maker
// first, then by authority (not rated counts as 3), then name.
import type { InfluenceScore } from './influence';
import type { Person } from './model';
import { ratingValue } from './personDefaults';

export interface RankedPerson {
  /** 1-based position; ties are already broken, so ranks are 1..n without gaps or repeats. */
  rank: number;
  person: Person;
  influence: InfluenceScore;
}

// Chinese names sort by pinyin under zh-CN collation; Latin names still sort alphabetically.
const collator = new Intl.Collator('zh-CN');

/** Compares names as the ranking does (zh-CN collation, then code units so the order is total). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

function missingScore(personId: string): InfluenceScore {
  const empty = { score: 0, parts: [] };
  return { personId, ...empty, pinned: false, computed: empty, exact: 0 };
}

/** People sorted by score (desc), then top decision-maker first, then authority (desc), then name, then id. People without a score rank as 0. */
export function rankPeople(people: readonly Person[], scores: ReadonlyMap<string, InfluenceScore>): RankedPerson[] {
  return people
    .map((person) => ({ person, influence: scores.get(person.id) ?? missingScore(person.id) }))
    .sort(
      (a, b) =>
        b.influence.score - a.influence.score ||
        Number(b.person.isTopDecisionMaker) - Number(a.person.isTopDecisionMaker) ||
        ratingValue(b.person.authority) - ratingValue(a.person.authority) ||
        compareNames(a.person.name, b.person.name) ||
        (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0),
    )
    .map((entry, i) => ({ rank: i + 1, ...entry }));
}
