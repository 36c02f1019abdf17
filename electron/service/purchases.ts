// Yearly purchases per account and the rep's sustained-purchasing judgement (持续采购): replaced as a
// whole by the form, logged in history as entity "purchases".
import type { AccountPurchases } from '../../shared/visits/model';
import { requireAccount } from './accounts';
import { record, stamp, type ServiceContext, type SyncMethods } from './context';

type PurchaseMethods = SyncMethods<'getYearlyPurchases' | 'setYearlyPurchases'>;

export function purchaseMethods(ctx: ServiceContext): PurchaseMethods {
  return {
    getYearlyPurchases({ accountId }) {
      return ctx.store.read(() => {
        requireAccount(ctx, accountId);
        return ctx.store.purchases.get(accountId);
      });
    },

    setYearlyPurchases({ accountId, yearly, judgement }) {
      return ctx.store.transaction(() => {
        requireAccount(ctx, accountId);
        const before = ctx.store.purchases.get(accountId);
        const sorted = [...yearly].sort((a, b) => a.year - b.year).map(({ year, amount, currency }) => ({ year, amount, currency }));
        if (before.updatedAt !== null && JSON.stringify([before.yearly, before.judgement]) === JSON.stringify([sorted, judgement])) return before;
        const when = stamp(ctx);
        const after: AccountPurchases & { updatedAt: string } = { accountId, yearly: sorted, judgement, updatedAt: when.at };
        ctx.store.purchases.set(after);
        record(ctx, { entity: 'purchases', op: before.updatedAt === null ? 'create' : 'update', data: after }, when);
        return after;
      });
    },
  };
}
