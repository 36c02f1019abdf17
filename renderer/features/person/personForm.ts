// Form values for a person, and their conversion to the contract's fields.
import type { Person, PersonFields } from '../../../shared/domain/model';
import { PERSON_DEFAULTS } from '../../../shared/domain/personDefaults';

/** What the form edits: the person's own fields, with the last-contact date as the input's text. */
export type PersonFormValues = PersonFields & { lastContact: string };

/** A new person: the shared defaults (ratings not rated), nothing typed yet. */
export function emptyPerson(): PersonFormValues {
  const { title, department, buyingRole, stance, isTopDecisionMaker, authority, expertise, accessToTop, met, notes } = PERSON_DEFAULTS;
  return { name: '', title, department, buyingRole, stance, isTopDecisionMaker, authority, expertise, accessToTop, met, lastContact: '', notes };
}

export function valuesOf(p: Person): PersonFormValues {
  return {
    name: p.name,
    title: p.title,
    department: p.department,
    buyingRole: p.buyingRole,
    stance: p.stance,
    isTopDecisionMaker: p.isTopDecisionMaker,
    authority: p.authority,
    expertise: p.expertise,
    accessToTop: p.accessToTop,
    met: p.met,
    lastContact: p.lastContact ?? '',
    notes: p.notes,
  };
}

/** A rating select's value: '' is "not rated". */
export const ratingOption = (value: number | null): string => (value === null ? '' : String(value));
export const ratingFromOption = (option: string): number | null => (option === '' ? null : Number(option));

/** Sends text as typed (the service trims and validates); an empty date means "no contact yet". */
export function fieldsOf(v: PersonFormValues) {
  return { ...v, lastContact: v.lastContact === '' ? null : v.lastContact };
}
