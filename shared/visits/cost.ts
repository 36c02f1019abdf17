// Our own cost of pursuing the account against what it buys (投入产出比), for one calendar year.
import type { AccountPurchases, Money, Visit } from './model';

export interface CostVsPurchases {
  year: number;
  /** Travel + samples of the logged visits held that year, one total per currency (sorted by code). */
  cost: Money[];
  hours: number;
  /** Logged visits held that year. */
  visits: number;
  /** That year's purchases, or null when not recorded. */
  purchases: Money | null;
  /** cost ÷ purchases when both are in one and the same currency and purchases > 0; else null. */
  ratio: number | null;
}

export function costVsPurchases(visits: readonly Visit[], purchases: Pick<AccountPurchases, 'yearly'>, year: number): CostVsPurchases {
  const prefix = `${String(year).padStart(4, '0')}-`;
  const totals = new Map<string, number>();
  let hours = 0;
  let count = 0;
  for (const v of visits) {
    if (v.status !== 'logged' || !v.date.startsWith(prefix)) continue;
    count++;
    for (const m of [v.cost.travel, v.cost.samples]) if (m) totals.set(m.currency, (totals.get(m.currency) ?? 0) + m.amount);
    hours += v.cost.hours ?? 0;
  }
  const cost = [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, amount]) => ({ amount: Math.round(amount * 100) / 100, currency }));
  const bought = purchases.yearly.find((y) => y.year === year);
  const money = bought ? { amount: bought.amount, currency: bought.currency } : null;
  const single = cost.length === 1 ? cost[0]! : cost.length === 0 ? { amount: 0, currency: money?.currency ?? '' } : null;
  const ratio = money && money.amount > 0 && single && single.currency === money.currency ? single.amount / money.amount : null;
  return { year, cost, hours: Math.round(hours * 100) / 100, visits: count, purchases: money, ratio };
}
