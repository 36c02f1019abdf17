// Our own cost against what the account buys (投入产出比), in one line for the account details and
// the brief: "2026: our cost CNY 3,200 · 12 h (4 visits) against purchases CNY 1,000,000 — 0.32%".
import type { TFunction } from 'i18next';
import type { CostVsPurchases } from '../../../shared/visits/cost';
import type { Money } from '../../../shared/visits/model';
import { listNames } from '../../i18n/list';

export function money(m: Money, lang: string): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency: m.currency, currencyDisplay: 'code', minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(m.amount);
  } catch {
    return `${m.currency} ${m.amount}`;
  }
}

export function costText(t: TFunction, c: CostVsPurchases, lang: string): string {
  const cost = c.cost.length > 0 ? listNames(c.cost.map((m) => money(m, lang)), lang) : t('cost.none');
  const spent = t(c.visits === 1 ? 'cost.spentOne' : 'cost.spent', { year: c.year, cost, hours: c.hours, count: c.visits });
  if (!c.purchases) return `${spent}${lang.startsWith('zh') ? '' : ' '}${t('cost.noPurchases', { year: c.year })}`;
  const against = t('cost.against', { purchases: money(c.purchases, lang) });
  const ratio = c.ratio === null ? (c.cost.length > 0 ? t('cost.noRatio') : '') : t('cost.ratio', { percent: (c.ratio * 100).toFixed(c.ratio < 0.001 ? 3 : 2) });
  return [spent, against, ratio].filter(Boolean).join(lang.startsWith('zh') ? '' : ' ');
}
