// Coaching: the warnings for one account as of one day, from the shared rules (shared/coaching), and
// the paths to a person (shared/domain/paths.ts). Today reads the live tables; a past day (asOf)
// rebuilds that day from the history log, visits and purchases included.
import { createInfluenceMemo, type InfluenceMemo } from '../../shared/domain/influenceMemo';
import type { Account, Person, Relationship } from '../../shared/domain/model';
import { findPaths } from '../../shared/domain/paths';
import { rankPeople } from '../../shared/domain/ranking';
import { computeCoaching } from '../../shared/coaching/coaching';
import type { CoachingInput } from '../../shared/coaching/types';
import { supportShift } from '../../shared/coaching/supportShift';
import { SHRINK_DAYS } from '../../shared/coaching/thresholds';
import { addDays, maxDay } from '../../shared/history/days';
import { stateAsOf } from '../../shared/history/replay';
import type { HistoryRow } from '../../shared/history/types';
import { notFound } from '../../shared/ipc/errors';
import type { AccountPurchases, Visit } from '../../shared/visits/model';
import { requireAccount } from './accounts';
import type { ServiceContext, SyncMethods } from './context';
import { requireAccountExisted, requireNotFuture, todayOf } from './history';
import { createSeriesCache } from './historyCache';

type CoachingMethods = SyncMethods<'getCoaching' | 'getPathsToPerson'>;

interface DayData {
  account: Account;
  people: Person[];
  relationships: Relationship[];
  visits: Visit[];
  purchases: Pick<AccountPurchases, 'yearly'>;
}

/** The yearly purchases as last recorded on or before the rows' last day (none recorded: empty). */
function purchasesFrom(rows: readonly HistoryRow[]): Pick<AccountPurchases, 'yearly'> {
  let last: HistoryRow | null = null;
  for (const r of rows) if (r.entity === 'purchases' && (!last || r.day > last.day || (r.day === last.day && r.seq > last.seq))) last = r;
  if (!last || last.op === 'delete') return { yearly: [] };
  return { yearly: (JSON.parse(last.data) as AccountPurchases).yearly ?? [] };
}

/** The series cache each open store's coaching reads (one per service context). */
const caches = new WeakMap<ServiceContext, ReturnType<typeof createSeriesCache>>();
function seriesOf(ctx: ServiceContext): ReturnType<typeof createSeriesCache> {
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = createSeriesCache(() => ctx.store)));
  return cache;
}

/** The influence memo of each open store: most edits (stance, notes, contacts, visits) do not change the score. */
const memos = new WeakMap<ServiceContext, InfluenceMemo>();
function influenceOf(ctx: ServiceContext): InfluenceMemo {
  let memo = memos.get(ctx);
  if (!memo) memos.set(ctx, (memo = createInfluenceMemo()));
  return memo;
}

function live(ctx: ServiceContext, account: Account): DayData {
  return {
    account,
    people: ctx.store.people.listByAccount(account.id),
    relationships: ctx.store.relationships.listByAccount(account.id),
    visits: ctx.store.visits.listByAccount(account.id),
    purchases: ctx.store.purchases.get(account.id),
  };
}

function past(ctx: ServiceContext, accountId: string, day: string): DayData {
  const rows = ctx.store.historyReads.rows(accountId, day);
  const state = stateAsOf(rows, day);
  if (!state.account) {
    requireAccountExisted(ctx, accountId, day, 'asOf');
    throw notFound('account', accountId);
  }
  return { account: state.account, people: state.people, relationships: state.relationships, visits: state.visits, purchases: purchasesFrom(rows) };
}

/**
 * What the coaching rules read for one account on one day (default today): the map, the ranking,
 * the visits, the purchases and the 30-day support shift. The coaching card, the brief and the visit
 * plan all start here, so they agree. Call inside `ctx.store.read`.
 */
export function gatherCoachingInput(ctx: ServiceContext, accountId: string, asOf?: string): { input: CoachingInput; isToday: boolean } {
  const account = requireAccount(ctx, accountId);
  const today = asOf === undefined ? todayOf(ctx) : requireNotFuture(ctx, asOf, 'asOf');
  const day = asOf ?? today;
  if (day !== today) requireAccountExisted(ctx, accountId, day, 'asOf');
  const data = day === today ? live(ctx, account) : past(ctx, accountId, day);
  const firstDay = ctx.store.historyReads.firstDay(accountId);
  const from = firstDay === null ? day : maxDay(addDays(day, -SHRINK_DAYS), firstDay);
  const changes = firstDay === null ? null : supportShift(seriesOf(ctx).get(accountId).points(from, day));
  const ranked = rankPeople(data.people, influenceOf(ctx)(data.people, data.relationships));
  return { input: { ...data, ranked, changes, today: day }, isToday: day === today };
}

export function coachingMethods(ctx: ServiceContext): CoachingMethods {
  return {
    getCoaching({ accountId, asOf }) {
      return ctx.store.read(() => {
        const { input, isToday } = gatherCoachingInput(ctx, accountId, asOf);
        return computeCoaching(input, isToday);
      });
    },

    getPathsToPerson({ accountId, personId }) {
      return ctx.store.read(() => {
        requireAccount(ctx, accountId);
        const people = ctx.store.people.listByAccount(accountId);
        if (!people.some((p) => p.id === personId)) throw notFound('person', personId);
        return findPaths(people, ctx.store.relationships.listByAccount(accountId), personId);
      });
    },
  };
}
