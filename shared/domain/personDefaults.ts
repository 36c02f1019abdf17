// The one definition of what a person field is when nobody gave it: used by the database schema
// (migration 3's column defaults match it, tested), the service, the person form, the import (through
// the service) and the test builders. A rating nobody gave is "not rated" (null), never a 1.
import { LIMITS } from './limits';
import type { Person, PersonFields } from './model';

/** The rep's three ratings (1–5 or not rated). */
export const RATING_FIELDS = ['authority', 'expertise', 'accessToTop'] as const;
export type RatingField = (typeof RATING_FIELDS)[number];

/** What a rating the rep has not given counts as in the score, ranking and layouts: the middle value. */
export const UNRATED_VALUE = 3;

/** Every person field except name, ids and times, as a new person gets it when nothing says otherwise. */
export const PERSON_DEFAULTS: Readonly<Omit<PersonFields, 'name'> & Pick<Person, 'pinnedScore' | 'lastContact'>> = Object.freeze({
  title: '',
  department: '',
  buyingRole: 'unknown',
  stance: 'unknown',
  isTopDecisionMaker: false,
  authority: null,
  expertise: null,
  accessToTop: null,
  pinnedScore: null,
  met: false,
  lastContact: null,
  notes: '',
});

/** The value a rating counts as: a whole number 1–5; not rated (or anything unusable) counts as the middle value. */
export function ratingValue(value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return UNRATED_VALUE;
  return Math.min(LIMITS.ratingMax, Math.max(LIMITS.ratingMin, Math.round(value)));
}

export function isRated(value: number | null | undefined): value is number {
  return value !== null && value !== undefined;
}

/**
 * The ratings the rep has not given yet that the score counts as 3, in field order. The top
 * decision-maker's access is full by definition, so it is never missing.
 */
export function unratedFields(p: Pick<Person, RatingField | 'isTopDecisionMaker'>): RatingField[] {
  return RATING_FIELDS.filter((f) => !isRated(p[f]) && !(f === 'accessToTop' && p.isTopDecisionMaker));
}
