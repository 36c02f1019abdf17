// The visit, next-step and yearly-purchase calls, spread into shared/ipc/contract.ts.
import type { z } from 'zod';
import type { VisitPlan } from './plan';
import type { AccountPurchases, NextStepItem, Visit, VisitSummaries, VisitWriteResult } from './model';
import { visitInputs as i } from './schemas';

// Same shape as contract.ts's `call` helper.
const call = <I extends z.ZodType>(input: I) => ({
  returns: <R>() => ({ input, result: undefined as unknown as R }),
});

export const visitCalls = {
  /** One transaction: the visit, attendees marked met (last contact = its date), stance changes; see README. */
  createVisit: call(i.createVisit).returns<VisitWriteResult>(),
  updateVisit: call(i.updateVisit).returns<VisitWriteResult>(),
  /** Removes the visit; what it changed on the map (met, stances) stays. */
  deleteVisit: call(i.deleteVisit).returns<void>(),
  listVisits: call(i.listVisits).returns<Visit[]>(),
  /** The agenda across every non-archived account, by due date. */
  listNextSteps: call(i.listNextSteps).returns<NextStepItem[]>(),
  /** Every account's last visit date and next due step, with the service's today: one query. */
  listVisitSummaries: call(i.listVisitSummaries).returns<VisitSummaries>(),
  completeNextStep: call(i.completeNextStep).returns<Visit>(),
  getYearlyPurchases: call(i.getYearlyPurchases).returns<AccountPurchases>(),
  setYearlyPurchases: call(i.setYearlyPurchases).returns<AccountPurchases>(),
  /** Prepare the visit: whom to see and why, what to find out, the reminders (shared/visits/plan.ts). */
  getVisitPlan: call(i.getVisitPlan).returns<VisitPlan>(),
} as const;
