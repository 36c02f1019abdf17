// Which plan the Prepare dialog shows (the account and, optionally, the planned visit), and the plan.
import { create } from 'zustand';
import type { VisitPlan } from '../../../shared/visits/plan';
import { call } from '../../api/client';

export interface PlanRequest {
  accountId: string;
  /** A planned visit; none = the account's next planned visit. */
  visitId?: string;
}

interface PlanState {
  request: PlanRequest | null;
  plan: VisitPlan | null;
  error: unknown;
  open(request: PlanRequest): Promise<void>;
  close(): void;
}

let asked = 0;

export const usePlan = create<PlanState>()((set) => ({
  request: null,
  plan: null,
  error: null,
  async open(request) {
    const mine = ++asked;
    set({ request, plan: null, error: null });
    try {
      const plan = await call('getVisitPlan', request.visitId ? { accountId: request.accountId, visitId: request.visitId } : { accountId: request.accountId });
      if (mine === asked) set({ plan });
    } catch (error) {
      if (mine === asked) set({ error });
    }
  },
  close() {
    asked++;
    set({ request: null, plan: null, error: null });
  },
}));
