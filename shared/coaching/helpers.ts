// Small pieces the coaching rules share: name lists, the logged visits up to the day, and whom to ask.
import { isInSupportBase, type Person } from '../domain/model';
import type { RankedPerson } from '../domain/ranking';
import { heldVisits } from '../visits/history';
import type { Visit } from '../visits/model';
import type { CoachingInput } from './types';

/** "A, B, C, D +2": the plain-text form of a name list (the app turns it into buttons by id). */
export function names(people: readonly Pick<Person, 'name'>[], max = 4): string {
  const shown = people.slice(0, max).map((p) => p.name);
  return people.length > max ? `${shown.join(', ')} +${people.length - max}` : shown.join(', ');
}

/** Logged visits held on or before the day, newest first (planned ones have not happened). */
export function loggedVisits(input: Pick<CoachingInput, 'visits' | 'today'>): Visit[] {
  return heldVisits(input.visits).filter((v) => v.date <= input.today);
}

/** The people of a visit who are still on the map, in the visit's order. */
export function attendeesOf(visit: Visit, people: readonly Person[]): Person[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return visit.attendees.map((a) => byId.get(a.personId)).filter((p): p is Person => p !== undefined);
}

/** The highest-ranked people we have met who are on our side: whom to ask for information. */
export function friendlyContacts(ranked: readonly RankedPerson[], max: number): Person[] {
  return ranked.map((r) => r.person).filter((p) => p.met && isInSupportBase(p.stance)).slice(0, max);
}

/** A name-list param and its person ids, ready to spread into a warning. */
export function nameList(param: string, people: readonly Person[], max = 4): { params: Record<string, string>; people: Record<string, string[]> } {
  return { params: { [param]: names(people, max) || '—' }, people: { [param]: people.map((p) => p.id) } };
}
