// Visits: create (plan or log), update, delete, list. Logging a visit keeps the map current in the
// same transaction (./visitEffects.ts); every change is in the history log (./backdated.ts).
import type { Person } from '../../shared/domain/model';
import type { ParsedInput } from '../../shared/ipc/contract';
import type { NextStep, Visit, VisitAttendee, VisitCost, VisitWriteResult } from '../../shared/visits/model';
import { requireAccount } from './accounts';
import { recordVisitFrom, visitRowDay } from './backdated';
import { record, stamp, type ServiceContext, type SyncMethods } from './context';
import { todayOf } from './history';
import { applyVisitEffects, type AttendeeEffect } from './visitEffects';
import { checkVisit, requireAttendees, requireBudgetOwner, requireVisit } from './visitRules';

type VisitMethods = SyncMethods<'createVisit' | 'updateVisit' | 'deleteVisit' | 'listVisits'>;
type AttendeeInput = ParsedInput<'createVisit'>['attendees'][number];
type CostInput = NonNullable<ParsedInput<'createVisit'>['cost']>;

function attendeesFrom(input: readonly AttendeeInput[], previous: readonly VisitAttendee[]): VisitAttendee[] {
  const old = new Map(previous.map((a) => [a.personId, a]));
  return input.map((a) => {
    const was = old.get(a.personId);
    return {
      personId: a.personId,
      needs: a.needs ?? was?.needs ?? '',
      wants: a.wants ?? was?.wants ?? '',
      stanceBefore: was?.stanceBefore ?? null,
      stanceAfter: a.stanceAfter !== undefined ? a.stanceAfter : (was?.stanceAfter ?? null),
    };
  });
}

function costFrom(input: CostInput | undefined, previous: VisitCost): VisitCost {
  if (!input) return previous;
  return {
    travel: input.travel !== undefined ? input.travel : previous.travel,
    samples: input.samples !== undefined ? input.samples : previous.samples,
    hours: input.hours !== undefined ? input.hours : previous.hours,
  };
}

function nextStepFrom(input: ParsedInput<'createVisit'>['nextStep'], previous: NextStep | null): NextStep | null {
  if (!input) return null;
  return { ...input, done: previous?.done ?? false, doneOn: previous?.doneOn ?? null };
}

const stancesGiven = (input: readonly AttendeeInput[] | undefined): number[] =>
  (input ?? []).flatMap((a, i) => (a.stanceAfter !== undefined && a.stanceAfter !== null ? [i] : []));

const sameVisit = (a: Visit, b: Visit): boolean => JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });

/** Saves the visit's effects on its attendees (when logged) and returns the visit to store with them. */
function withEffects(
  ctx: ServiceContext,
  visit: Visit,
  people: readonly Person[],
  effects: readonly AttendeeEffect[],
  when: { at: string; day: string },
): VisitWriteResult {
  if (visit.status !== 'logged') return { visit, people: [] };
  const { attendees, changed } = applyVisitEffects(ctx, visit, people, effects, when);
  return { visit: { ...visit, attendees }, people: changed };
}

export function visitMethods(ctx: ServiceContext): VisitMethods {
  return {
    createVisit(input): VisitWriteResult {
      return ctx.store.transaction(() => {
        requireAccount(ctx, input.accountId);
        const when = stamp(ctx);
        const today = todayOf(ctx);
        const people = requireAttendees(ctx, input.accountId, input.attendees.map((a) => a.personId), '');
        requireBudgetOwner(ctx, input.accountId, input.budgetOwnerId ?? null, '');
        const draft: Visit = {
          id: ctx.newId(),
          accountId: input.accountId,
          date: input.date,
          kind: input.kind,
          status: input.status ?? (input.date > today ? 'planned' : 'logged'),
          objective: input.objective ?? '',
          learned: input.learned ?? '',
          attendees: attendeesFrom(input.attendees, []),
          ours: input.ours ?? '',
          budgetFacts: input.budgetFacts ?? '',
          budgetOwnerId: input.budgetOwnerId ?? null,
          cost: costFrom(input.cost, { travel: null, samples: null, hours: null }),
          nextStep: nextStepFrom(input.nextStep, null),
          noNextStepReason: input.noNextStep?.reason ?? null,
          createdAt: when.at,
          updatedAt: when.at,
        };
        checkVisit(draft, today, stancesGiven(input.attendees), '');
        const effects = input.attendees.map((a): AttendeeEffect => ({ markMet: true, stanceAfter: a.stanceAfter }));
        const result = withEffects(ctx, draft, people, effects, when);
        ctx.store.visits.insert(result.visit);
        recordVisitFrom(ctx, 'create', result.visit, visitRowDay(result.visit, today), when);
        return result;
      });
    },

    updateVisit({ id, patch }): VisitWriteResult {
      return ctx.store.transaction(() => {
        const before = requireVisit(ctx, id);
        const when = stamp(ctx);
        const today = todayOf(ctx);
        const attendees = patch.attendees ? attendeesFrom(patch.attendees, before.attendees) : before.attendees;
        const people = requireAttendees(ctx, before.accountId, attendees.map((a) => a.personId), patch.attendees ? 'patch.' : '');
        const budgetOwnerId = patch.budgetOwnerId !== undefined ? patch.budgetOwnerId : before.budgetOwnerId;
        if (patch.budgetOwnerId !== undefined) requireBudgetOwner(ctx, before.accountId, budgetOwnerId, 'patch.');
        let nextStep = patch.nextStep !== undefined ? nextStepFrom(patch.nextStep, before.nextStep) : before.nextStep;
        let noNextStepReason = patch.noNextStep !== undefined ? (patch.noNextStep?.reason ?? null) : before.noNextStepReason;
        // Giving one of the two replaces the other.
        if (patch.nextStep) noNextStepReason = null;
        if (patch.noNextStep) nextStep = null;
        const draft: Visit = {
          ...before,
          date: patch.date ?? before.date,
          kind: patch.kind ?? before.kind,
          status: patch.status ?? before.status,
          objective: patch.objective ?? before.objective,
          learned: patch.learned ?? before.learned,
          attendees,
          ours: patch.ours ?? before.ours,
          budgetFacts: patch.budgetFacts ?? before.budgetFacts,
          budgetOwnerId,
          cost: costFrom(patch.cost, before.cost),
          nextStep,
          noNextStepReason,
        };
        checkVisit(draft, today, stancesGiven(patch.attendees), 'patch.');
        const newlyLogged = before.status !== 'logged' || draft.date !== before.date;
        const attendedBefore = new Set(before.attendees.map((a) => a.personId));
        const byPerson = new Map((patch.attendees ?? []).map((a) => [a.personId, a.stanceAfter]));
        const effects = draft.attendees.map(
          (a): AttendeeEffect => ({ markMet: newlyLogged || !attendedBefore.has(a.personId), stanceAfter: byPerson.get(a.personId) }),
        );
        const result = withEffects(ctx, draft, people, effects, when);
        if (sameVisit(before, result.visit) && result.people.length === 0) return { visit: before, people: [] };
        const visit: Visit = { ...result.visit, updatedAt: when.at };
        ctx.store.visits.update(visit, JSON.stringify(before.attendees) !== JSON.stringify(visit.attendees));
        recordVisitFrom(ctx, 'update', visit, visitRowDay(visit, today), when);
        return { visit, people: result.people };
      });
    },

    deleteVisit({ id }) {
      ctx.store.transaction(() => {
        const visit = requireVisit(ctx, id);
        record(ctx, { entity: 'visit', op: 'delete', data: visit }, stamp(ctx));
        ctx.store.visits.delete(id);
      });
    },

    listVisits({ accountId }) {
      return ctx.store.read(() => {
        requireAccount(ctx, accountId);
        return ctx.store.visits.listByAccount(accountId);
      });
    },
  };
}
