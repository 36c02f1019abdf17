// Prepare the visit: getVisitPlan answers the plan (shared/visits/plan.ts) for a planned visit of the
// account — the given one, or the next planned — from the same gathered input as getCoaching, today.
import { conflict, invalid } from '../../shared/ipc/errors';
import { nextPlannedVisit, planVisit } from '../../shared/visits/plan';
import { gatherCoachingInput } from './coaching';
import type { ServiceContext, SyncMethods } from './context';
import { requireVisit } from './visitRules';

export function visitPlanMethods(ctx: ServiceContext): SyncMethods<'getVisitPlan'> {
  return {
    getVisitPlan({ accountId, visitId }) {
      return ctx.store.read(() => {
        const { input } = gatherCoachingInput(ctx, accountId);
        if (visitId === undefined) return planVisit(input, nextPlannedVisit(input.visits, input.today));
        const visit = requireVisit(ctx, visitId);
        if (visit.accountId !== accountId) throw invalid('error.visit.planOtherAccount', 'visitId');
        if (visit.status !== 'planned') throw conflict('error.visit.planNotPlanned');
        return planVisit(input, visit);
      });
    },
  };
}
