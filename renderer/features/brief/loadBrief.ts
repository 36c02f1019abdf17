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

export async function loadBrief(accountId: string, today = localDay()): Promise<BriefData> {
  const map = await call('getAccountMap', { accountId, layout: 'saved' });
  const ranked = rankPeople(map.people, computeInfluence(map.people, map.relationships));
  const [series, changes] = await Promise.all([
    call('getSupportSeries', { accountId, from: addDays(today, -90), to: today }).catch(() => null),
    call('getChanges', { accountId, from: addDays(today, -30), to: today, limit: 20 }).catch(() => null),
  ]);
  return { map, ranked, series, changes, today };
}
