// Next steps as the rep's agenda: every open (or every) next step across non-archived accounts, by
// due date; and marking one done or not done. Overdue days are the caller's (shared/visits/agenda.ts).
import { conflict, invalid } from '../../shared/ipc/errors';
import type { Visit } from '../../shared/visits/model';
import { recordVisitFrom } from './backdated';
import { stamp, type ServiceContext, type SyncMethods } from './context';
import { todayOf } from './history';
import { requireVisit } from './visitRules';

type NextStepMethods = SyncMethods<'listNextSteps' | 'completeNextStep'>;

/** Later than any real due date: "no bound". */
const NO_BOUND = '9999-12-32';

export function nextStepMethods(ctx: ServiceContext): NextStepMethods {
  return {
    listNextSteps({ dueBefore, includeDone }) {
      return ctx.store.read(() => ctx.store.visits.listNextSteps(dueBefore ?? NO_BOUND, includeDone === true));
    },

    completeNextStep({ visitId, done, doneOn }) {
      return ctx.store.transaction(() => {
        const before = requireVisit(ctx, visitId);
        if (!before.nextStep) throw conflict('error.visit.noNextStep');
        const today = todayOf(ctx);
        const day = done ? (doneOn ?? today) : null;
        if (day !== null && day > today) throw invalid('error.history.futureDay', 'doneOn', { today });
        if (day !== null && day < before.date) throw invalid('error.visit.doneBeforeVisit', 'doneOn', { date: before.date });
        if (before.nextStep.done === done && before.nextStep.doneOn === day) return before;
        const when = stamp(ctx);
        const visit: Visit = { ...before, nextStep: { ...before.nextStep, done, doneOn: day }, updatedAt: when.at };
        ctx.store.visits.update(visit, false);
        recordVisitFrom(ctx, 'update', visit, day ?? today, when);
        return visit;
      });
    },
  };
}
