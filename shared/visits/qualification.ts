// Is this a key account (大客户识别)? Product fit, centralized purchasing and sustained purchasing —
// the last judged from the yearly purchases (at least 3 consecutive years with purchases, the run
// reaching this year or last year) unless the rep gave their own judgement with a reason, which wins.
import type { Account } from '../domain/model';
import { VISIT_LIMITS } from './limits';
import type { AccountPurchases } from './model';

export type QualificationCriterion = 'productFit' | 'centralizedPurchasing' | 'sustainedPurchasing';

export interface SustainedPurchasing {
  met: boolean;
  /** What decided it: the rep's judgement, the yearly numbers, or nothing recorded yet. */
  basis: 'judgement' | 'purchases' | 'unknown';
  /** The latest run of consecutive years with purchases (> 0), oldest first. */
  years: number[];
  /** The rep's reason when basis is judgement. */
  reason: string | null;
}

export interface Qualification {
  qualifies: boolean;
  productFit: boolean;
  centralizedPurchasing: boolean;
  sustainedPurchasing: SustainedPurchasing;
  /** The criteria not met yet, in the method's order. */
  missing: QualificationCriterion[];
}

/** The latest run of consecutive years with purchases that ends this year or last year. */
function currentRun(purchases: Pick<AccountPurchases, 'yearly'>, thisYear: number): number[] {
  const bought = new Set(purchases.yearly.filter((y) => y.amount > 0).map((y) => y.year));
  let end = bought.has(thisYear) ? thisYear : thisYear - 1;
  const run: number[] = [];
  while (bought.has(end)) run.unshift(end--);
  return run;
}

export function sustainedPurchasing(purchases: Pick<AccountPurchases, 'yearly' | 'judgement'>, today: string): SustainedPurchasing {
  const years = currentRun(purchases, Number(today.slice(0, 4)));
  if (purchases.judgement) return { met: purchases.judgement.sustained, basis: 'judgement', years, reason: purchases.judgement.reason };
  if (purchases.yearly.length === 0) return { met: false, basis: 'unknown', years, reason: null };
  return { met: years.length >= VISIT_LIMITS.sustainedYears, basis: 'purchases', years, reason: null };
}

export function qualification(
  account: Pick<Account, 'productFit' | 'centralizedPurchasing'>,
  purchases: Pick<AccountPurchases, 'yearly' | 'judgement'>,
  today: string,
): Qualification {
  const sustained = sustainedPurchasing(purchases, today);
  const missing: QualificationCriterion[] = [];
  if (!account.productFit) missing.push('productFit');
  if (!account.centralizedPurchasing) missing.push('centralizedPurchasing');
  if (!sustained.met) missing.push('sustainedPurchasing');
  return { qualifies: missing.length === 0, productFit: account.productFit, centralizedPurchasing: account.centralizedPurchasing, sustainedPurchasing: sustained, missing };
}
