// What logging a visit does to the map, inside the visit's transaction: each attendee is marked met
// with last contact = the visit date (only if later than theirs), and takes the stance the rep saw
// after the visit. These are ordinary person changes in the history log, dated the visit's day.
import type { Person, Stance } from '../../shared/domain/model';
import type { Visit, VisitAttendee } from '../../shared/visits/model';
import { sameFields } from './accounts';
import { recordPersonFrom } from './backdated';
import type { ServiceContext } from './context';

type When = { at: string; day: string };

export interface AttendeeEffect {
  /** Mark met and move last contact (a newly logged visit, a new attendee, a changed date). */
  markMet: boolean;
  /** A stance the rep gave for this attendee in this call; undefined or null = leave it. */
  stanceAfter: Stance | null | undefined;
}

const later = (a: string | null, b: string): string => (a === null || b > a ? b : a);

/**
 * Applies the effects to the attendees' people and fills each attendee's stanceBefore (their stance
 * when the visit was logged). Returns the attendees as they should be saved and the people changed.
 */
export function applyVisitEffects(
  ctx: ServiceContext,
  visit: Visit,
  people: readonly Person[],
  effects: readonly AttendeeEffect[],
  when: When,
): { attendees: VisitAttendee[]; changed: Person[] } {
  const changed: Person[] = [];
  const attendees = visit.attendees.map((a, i): VisitAttendee => {
    const person = people[i]!;
    const effect = effects[i]!;
    const stance = effect.stanceAfter ?? null;
    const apply = (p: Person): Person => ({
      ...p,
      ...(effect.markMet ? { met: true, lastContact: later(p.lastContact, visit.date) } : {}),
      ...(stance !== null ? { stance } : {}),
    });
    const next = apply(person);
    if (!sameFields(person, next)) {
      const live: Person = { ...next, updatedAt: when.at };
      ctx.store.people.update(live);
      recordPersonFrom(ctx, live, visit.date, when, apply);
      changed.push(live);
    }
    return { ...a, stanceBefore: a.stanceBefore ?? person.stance };
  });
  return { attendees, changed };
}
