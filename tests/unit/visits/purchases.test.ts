// Yearly purchases and the sustained-purchasing judgement: replaced as a whole, checked, logged.
import { describe, expect, it } from 'vitest';
import { call, callError } from '../service/helpers';
import { allCounts, visitFixture } from './helpers';

describe('yearly purchases', () => {
  it('starts empty, is replaced as a whole (sorted by year, currency upper case), and each change is logged', async () => {
    const { app, accountId } = await visitFixture();
    expect(await call(app.service, 'getYearlyPurchases', { accountId })).toEqual({ accountId, yearly: [], judgement: null, updatedAt: null });
    const set = await call(app.service, 'setYearlyPurchases', {
      accountId,
      yearly: [{ year: 2025, amount: 10e6, currency: 'cny' }, { year: 2024, amount: 9.5e6, currency: 'CNY' }],
      judgement: { sustained: true, reason: '  Frame contract  ' },
    });
    expect(set).toEqual({
      accountId,
      yearly: [{ year: 2024, amount: 9.5e6, currency: 'CNY' }, { year: 2025, amount: 10e6, currency: 'CNY' }],
      judgement: { sustained: true, reason: 'Frame contract' },
      updatedAt: '2026-03-10T10:00:00.000Z',
    });
    expect(await call(app.service, 'getYearlyPurchases', { accountId })).toEqual(set);
    // The same again writes nothing; a change replaces the list.
    const rows = app.store.history.count();
    await call(app.service, 'setYearlyPurchases', { accountId, yearly: set.yearly, judgement: set.judgement });
    expect(app.store.history.count()).toBe(rows);
    await call(app.service, 'setYearlyPurchases', { accountId, yearly: [{ year: 2026, amount: 1, currency: 'USD' }], judgement: null });
    expect(await call(app.service, 'getYearlyPurchases', { accountId })).toMatchObject({ yearly: [{ year: 2026, amount: 1, currency: 'USD' }], judgement: null });
    expect(app.store.history.listByEntity(`purchases:${accountId}`).map((r) => [r.entity, r.op])).toEqual([
      ['purchases', 'create'],
      ['purchases', 'update'],
    ]);
  });

  it('refuses bad years, amounts, currencies, duplicates and an empty reason, writing nothing', async () => {
    const { app, accountId } = await visitFixture();
    const before = allCounts(app);
    const refuse = (yearly: unknown, judgement: unknown = null) => callError(app.service, 'setYearlyPurchases', { accountId, yearly, judgement });
    expect(await refuse([{ year: 2025.5, amount: 1, currency: 'CNY' }])).toMatchObject({ messageKey: 'error.visit.yearInvalid', issues: [{ path: 'yearly.0.year' }] });
    expect(await refuse([{ year: 1800, amount: 1, currency: 'CNY' }])).toMatchObject({ messageKey: 'error.visit.yearInvalid' });
    expect(await refuse([{ year: 2025, amount: -1, currency: 'CNY' }])).toMatchObject({ messageKey: 'error.visit.amountInvalid' });
    expect(await refuse([{ year: 2025, amount: 1, currency: '¥' }])).toMatchObject({ messageKey: 'error.visit.currencyInvalid' });
    expect(await refuse([{ year: 2025, amount: 1, currency: 'CNY' }, { year: 2025, amount: 2, currency: 'CNY' }])).toMatchObject({ messageKey: 'error.visit.duplicateYear' });
    expect(await refuse([], { sustained: true, reason: '   ' })).toMatchObject({ messageKey: 'error.text.empty' });
    expect(allCounts(app)).toEqual(before);
  });
});
