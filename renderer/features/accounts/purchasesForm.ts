// The yearly purchases and the rep's judgement of sustained purchasing as form values (text, so a
// typo can be told apart from blank) ⇄ the setYearlyPurchases input. Blank rows are dropped.
import type { Input } from '../../../shared/ipc/contract';
import type { AccountPurchases } from '../../../shared/visits/model';
import { parseBudget } from './accountDetailsForm';

export interface PurchaseRow {
  key: number;
  year: string;
  amount: string;
  currency: string;
}

/** auto = judged from the yearly amounts; yes / no = the rep's own judgement (needs a reason). */
export type JudgementChoice = 'auto' | 'yes' | 'no';

export interface PurchasesValues {
  rows: PurchaseRow[];
  judgement: JudgementChoice;
  reason: string;
}

let keys = 0;
export const newRow = (year: number, currency = 'CNY'): PurchaseRow => ({ key: ++keys, year: String(year), amount: '', currency });

export function purchasesValues(p: AccountPurchases): PurchasesValues {
  return {
    rows: p.yearly.map((y) => ({ key: ++keys, year: String(y.year), amount: String(y.amount), currency: y.currency })),
    judgement: p.judgement ? (p.judgement.sustained ? 'yes' : 'no') : 'auto',
    reason: p.judgement?.reason ?? '',
  };
}

export type PurchasesInput = Omit<Input<'setYearlyPurchases'>, 'accountId'>;
/** Field name (`yearly.0.amount`, `judgement.reason`) → i18n key (purchasesInput) or message (the dialog). */
export type PurchasesErrors = Record<string, string>;

export function purchasesInput(v: PurchasesValues): { ok: true; input: PurchasesInput } | { ok: false; errors: PurchasesErrors } {
  const errors: PurchasesErrors = {};
  const yearly: PurchasesInput['yearly'] = [];
  v.rows.forEach((r, i) => {
    if (r.year.trim() === '' && r.amount.trim() === '') return;
    const year = Number(r.year.trim());
    const amount = parseBudget(r.amount);
    if (!Number.isInteger(year)) errors[`yearly.${i}.year`] = 'error.visit.yearInvalid';
    if (amount === undefined || amount === null) errors[`yearly.${i}.amount`] = 'error.visit.amountInvalid';
    yearly.push({ year, amount: amount ?? 0, currency: r.currency.trim().toUpperCase() });
  });
  if (v.judgement !== 'auto' && v.reason.trim() === '') errors['judgement.reason'] = 'accountDetails.purchases.reasonRequired';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  yearly.sort((a, b) => a.year - b.year);
  return { ok: true, input: { yearly, judgement: v.judgement === 'auto' ? null : { sustained: v.judgement === 'yes', reason: v.reason.trim() } } };
}

/** Whether the input differs from what is stored (an unchanged table is not written again). */
export function purchasesChanged(stored: AccountPurchases, input: PurchasesInput): boolean {
  const a = JSON.stringify({ yearly: stored.yearly.map((y) => ({ year: y.year, amount: y.amount, currency: y.currency })), judgement: stored.judgement });
  return a !== JSON.stringify({ yearly: input.yearly, judgement: input.judgement });
}
