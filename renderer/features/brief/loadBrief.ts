// Everything the visit brief shows, fetched once: the map, its ranking, 90 days of support base
// and the last 30 days' changes (history calls are optional: a brief still prints without them).
import { computeInfluence } from '../../../shared/domain/influence';
import type { AccountMap } from '../../../shared/domain/model';
import { rankPeople, type RankedPerson } from '../../../shared/domain/ranking';
import { addDays } from '../../../shared/history/days';
import type { AccountChanges, SupportSeries } from '../../../shared/history/types';
import { call } from '../../api/client';
import { localDay } from '../export/content';

export interface BriefData {
  map: AccountMap;
  ranked: RankedPerson[];
  series: SupportSeries | null;
  changes: AccountChanges | null;
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
  const changes = await call('getChanges', { accountId, from: addDays(today, -30), to: today, limit: 20 }).catch(() => null);
  return { map, ranked, series, changes, today };
}
