// Form values for a person, and their conversion to the contract's fields.
import type { Person, PersonFields } from '../../../shared/domain/model';

/** What the form edits: the person's own fields, with the last-contact date as the input's text. */
export type PersonFormValues = PersonFields & { lastContact: string };

export function emptyPerson(): PersonFormValues {
  return {
    name: '',
    title: '',
    department: '',
    buyingRole: 'unknown',
    stance: 'unknown',
    isTopDecisionMaker: false,
    authority: 3,
    expertise: 3,
    accessToTop: 3,
    met: false,
    lastContact: '',
    notes: '',
  };
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

/** Sends text as typed (the service trims and validates); an empty date means "no contact yet". */
export function fieldsOf(v: PersonFormValues) {
  return { ...v, lastContact: v.lastContact === '' ? null : v.lastContact };
}
