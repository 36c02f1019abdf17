// Account details form values ⇄ the updateAccount patch; the budget is typed as text so "abc" can be told apart from blank.
import type { Account, RelationshipStage } from '../../../shared/domain/model';
import type { Input } from '../../../shared/ipc/contract';

export interface AccountDetailsValues {
  name: string;
  segment: string;
  stage: RelationshipStage;
  productFit: boolean;
  centralizedPurchasing: boolean;
  /** As typed; blank = unknown. */
  budgetAmount: string;
  budgetCycle: string;
  budgetProcess: string;
  notes: string;
}

export type AccountPatch = Input<'updateAccount'>['patch'];

export function valuesOf(a: Account): AccountDetailsValues {
  return {
    name: a.name,
    segment: a.segment,
    stage: a.stage,
    productFit: a.productFit,
    centralizedPurchasing: a.centralizedPurchasing,
    budgetAmount: a.budgetAmount === null ? '' : String(a.budgetAmount),
    budgetCycle: a.budgetCycle,
    budgetProcess: a.budgetProcess,
    notes: a.notes,
  };
}

/** Blank → null (unknown); "1,200,000" → 1200000; anything else that is not a number → undefined. */
export function parseBudget(text: string): number | null | undefined {
  const cleaned = text.replace(/[\s,_，]/g, '');
  if (cleaned === '') return null;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

/** Only the fields that differ from the saved account (an empty patch means nothing to save). */
export function patchOf(a: Account, v: AccountDetailsValues): AccountPatch | 'budgetNotANumber' {
  const budget = parseBudget(v.budgetAmount);
  if (budget === undefined) return 'budgetNotANumber';
  const patch: AccountPatch = {};
  if (v.name !== a.name) patch.name = v.name;
  if (v.segment !== a.segment) patch.segment = v.segment;
  if (v.stage !== a.stage) patch.stage = v.stage;
  if (v.productFit !== a.productFit) patch.productFit = v.productFit;
  if (v.centralizedPurchasing !== a.centralizedPurchasing) patch.centralizedPurchasing = v.centralizedPurchasing;
  if (budget !== a.budgetAmount) patch.budgetAmount = budget;
  if (v.budgetCycle !== a.budgetCycle) patch.budgetCycle = v.budgetCycle;
  if (v.budgetProcess !== a.budgetProcess) patch.budgetProcess = v.budgetProcess;
  if (v.notes !== a.notes) patch.notes = v.notes;
  return patch;
}
