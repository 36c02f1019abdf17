// The rules a visit must meet that need the database or today: attendees and budget owner belong to
// the account; a logged visit is not in the future and has a next step or a reason for none; a plan
// has no outcome yet. Paths name the offending input field ("attendees.2.personId").
import type { Person } from '../../shared/domain/model';
import { invalid, notFound, ServiceError } from '../../shared/ipc/errors';
import type { Visit } from '../../shared/visits/model';
import type { ServiceContext } from './context';

export function visitNotFound(id: string): ServiceError {
  return new ServiceError({ code: 'not-found', messageKey: 'error.notFound.visit', params: { id } });
}

export function requireVisit(ctx: ServiceContext, id: string): Visit {
  const visit = ctx.store.visits.get(id);
  if (!visit) throw visitNotFound(id);
  return visit;
}

/** The attendees' people, in order; refuses unknown people and people of another account. */
export function requireAttendees(ctx: ServiceContext, accountId: string, personIds: readonly string[], prefix: string): Person[] {
  return personIds.map((personId, i) => {
    const person = ctx.store.people.get(personId);
    if (!person) throw notFound('person', personId);
    if (person.accountId !== accountId) throw invalid('error.visit.attendeeNotInAccount', `${prefix}attendees.${i}.personId`);
    return person;
  });
}

export function requireBudgetOwner(ctx: ServiceContext, accountId: string, personId: string | null, prefix: string): void {
  if (personId === null) return;
  const person = ctx.store.people.get(personId);
  if (!person) throw notFound('person', personId);
  if (person.accountId !== accountId) throw invalid('error.visit.budgetOwnerNotInAccount', `${prefix}budgetOwnerId`);
}

/**
 * The outcome rules. `stanceAfterGiven` lists the attendee indexes whose input carried a stance:
 * a plan cannot change the map before it is held.
 */
export function checkVisit(visit: Visit, today: string, stanceAfterGiven: readonly number[], prefix: string): void {
  if (visit.status === 'logged' && visit.date > today) throw invalid('error.visit.loggedInFuture', `${prefix}date`, { today });
  if (visit.status === 'planned') {
    if (visit.nextStep || visit.noNextStepReason !== null) throw invalid('error.visit.plannedHasOutcome', `${prefix}nextStep`);
    const i = stanceAfterGiven[0];
    if (i !== undefined) throw invalid('error.visit.plannedStance', `${prefix}attendees.${i}.stanceAfter`);
    return;
  }
  if (!visit.nextStep && visit.noNextStepReason === null) throw invalid('error.visit.nextStepRequired', `${prefix}nextStep`);
  if (visit.nextStep && visit.nextStep.due < visit.date) throw invalid('error.visit.nextStepBeforeVisit', `${prefix}nextStep.due`, { date: visit.date });
}
