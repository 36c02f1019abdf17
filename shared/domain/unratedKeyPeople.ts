// Coaching: key people the rep has not fully rated. A rating not given counts as the middle value, so
// a high-ranking person's score (and everyone's rank around them) may be off until the rep rates them.
import { unratedFields, type RatingField } from './personDefaults';
import type { Person } from './model';
import type { RankedPerson } from './ranking';

/** How many of the top-ranked people this looks at (the key people). */
export const UNRATED_KEY_PEOPLE_TOP = 10;

export interface UnratedKeyPerson {
  person: Person;
  /** The ratings not given that count in the score, in field order. */
  fields: RatingField[];
}

/** The people among the top `top` of the ranking with a rating not given, in rank order; pinned scores do not use ratings and are left out. */
export function unratedKeyPeople(ranked: readonly RankedPerson[], top = UNRATED_KEY_PEOPLE_TOP): UnratedKeyPerson[] {
  return ranked
    .slice(0, top)
    .filter((r) => !r.influence.pinned)
    .map((r) => ({ person: r.person, fields: unratedFields(r.person) }))
    .filter((u) => u.fields.length > 0);
}
