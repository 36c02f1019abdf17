// Everything the visit brief shows, fetched once: the map, its ranking, 90 days of support base, the
// coaching (getCoaching) and what changed since the last visit (or 30 days, never before the account's
// first day), the plan for the next planned visit and our cost this year. History, visit, plan and
// coaching calls are optional: a brief still prints without them.
import { defaultSince, type SinceDay } from '../../../shared/coaching/since';
import { sinceVisitSummary, type SinceVisitSummary } from '../../../shared/coaching/sinceVisit';
import type { Coaching } from '../../../shared/coaching/types';
import { computeInfluence } from '../../../shared/domain/influence';
import type { AccountMap } from '../../../shared/domain/model';
import { rankPeople, type RankedPerson } from '../../../shared/domain/ranking';
import { addDays } from '../../../shared/history/days';
import type { AccountChanges, SupportSeries } from '../../../shared/history/types';
import { costVsPurchases, type CostVsPurchases } from '../../../shared/visits/cost';
import type { VisitPlan } from '../../../shared/visits/plan';
import { call } from '../../api/client';
import { localDay } from '../export/content';

export interface BriefData {
  map: AccountMap;
  ranked: RankedPerson[];
  series: SupportSeries | null;
  /** What changed from `since.day` to today. */
  changes: AccountChanges | null;
  since: SinceDay;
  /** "Since your visit on …", when the range starts at a visit. */
  sinceVisit: SinceVisitSummary | null;
  coaching: Coaching | null;
  /** The plan for the next planned visit (getVisitPlan), or null when none is planned. */
  plan: VisitPlan | null;
  /** Our cost this year against this year's purchases. */
  cost: CostVsPurchases | null;
  today: string;
}

export async function loadBrief(accountId: string): Promise<BriefData> {
  const map = await call('getAccountMap', { accountId, layout: 'saved' });
  const ranked = rankPeople(map.people, computeInfluence(map.people, map.relationships));
  // The service's clock decides what "today" is (the series ends on it); the last 90 days are shown.
  const whole = await call('getSupportSeries', { accountId }).catch(() => null);
  const today = whole?.to ?? localDay();
  const from = addDays(today, -90);
  const series = whole ? { ...whole, from: whole.from > from ? whole.from : from, points: whole.points.filter((p) => p.day >= from) } : null;
  const visits = await call('listVisits', { accountId }).catch(() => []);
  const since = defaultSince({ visits, firstDay: whole?.firstDay ?? null, to: today });
  const changes = await call('getChanges', { accountId, from: since.day, to: today, limit: 20 }).catch(() => null);
  const coaching = await call('getCoaching', { accountId }).catch(() => null);
  const sinceVisit = changes ? sinceVisitSummary({ since, visits, changes, today }) : null;
  const next = await call('getVisitPlan', { accountId }).catch(() => null);
  const plan = next?.visit ? next : null;
  const purchases = await call('getYearlyPurchases', { accountId }).catch(() => null);
  const cost = purchases ? costVsPurchases(visits, purchases, Number(today.slice(0, 4))) : null;
  return { map, ranked, series, changes, since, sinceVisit, coaching, plan, cost, today };
}
