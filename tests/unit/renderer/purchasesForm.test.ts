// The yearly-purchases form: typed rows → the setYearlyPurchases input (blank rows dropped, sorted,
// currency upper case), bad rows named by field, a judgement needs a reason, and "unchanged" is seen.
import { describe, expect, it } from 'vitest';
import { newRow, purchasesChanged, purchasesInput, purchasesValues } from '../../../renderer/features/accounts/purchasesForm';

const stored = { accountId: 'a', yearly: [{ year: 2024, amount: 9_000_000, currency: 'CNY' }, { year: 2025, amount: 10_000_000, currency: 'CNY' }], judgement: null, updatedAt: null };

describe('purchases form', () => {
  it('round-trips the stored record; unchanged is not a change', () => {
    const v = purchasesValues(stored);
    const built = purchasesInput(v);
    expect(built).toEqual({ ok: true, input: { yearly: stored.yearly, judgement: null } });
    if (built.ok) expect(purchasesChanged(stored, built.input)).toBe(false);
  });

  it('drops blank rows, sorts by year, upper-cases the currency, reads "1,200,000"', () => {
    const v = purchasesValues(stored);
    v.rows.unshift({ ...newRow(2026, 'cny'), amount: '1,200,000' });
    v.rows.push(newRow(2020));
    v.rows[v.rows.length - 1]!.year = '';
    const built = purchasesInput(v);
    expect(built.ok && built.input.yearly.map((y) => [y.year, y.amount, y.currency])).toEqual([[2024, 9_000_000, 'CNY'], [2025, 10_000_000, 'CNY'], [2026, 1_200_000, 'CNY']]);
    if (built.ok) expect(purchasesChanged(stored, built.input)).toBe(true);
  });

  it('names a bad year or amount by its row, and asks a reason for the rep’s judgement', () => {
    const v = purchasesValues(stored);
    v.rows[0]!.year = '20x4';
    v.rows[1]!.amount = 'lots';
    v.judgement = 'yes';
    expect(purchasesInput(v)).toEqual({ ok: false, errors: { 'yearly.0.year': 'error.visit.yearInvalid', 'yearly.1.amount': 'error.visit.amountInvalid', 'judgement.reason': 'accountDetails.purchases.reasonRequired' } });
    const fixed = { ...purchasesValues(stored), judgement: 'no' as const, reason: ' One big order only ' };
    expect(purchasesInput(fixed)).toMatchObject({ ok: true, input: { judgement: { sustained: false, reason: 'One big order only' } } });
  });
});
