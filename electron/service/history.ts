// Support base over time: the account as it was on any day, the daily series, what changed between
// two days, and each account's trend. All rebuilt from the history log (shared/history).
import { computeInfluence, computeInfluenceScores } from '../../shared/domain/influence';
import { computeChanges } from '../../shared/history/changes';
import { maxDay } from '../../shared/history/days';
import { CHANGES_LIMIT_DEFAULT } from '../../shared/history/schemas';
import { seriesFrom } from '../../shared/history/series';
import { supportTrend } from '../../shared/history/trends';
import { invalid } from '../../shared/ipc/errors';
import { computeVisitChanges } from '../../shared/visits/changes';
import { requireAccount } from './accounts';
import { localDay } from './clock';
import type { ServiceContext, SyncMethods } from './context';
import { createSeriesCache } from './historyCache';
import { createVersionsCache } from './historyVersionsCache';

type HistoryMethods = SyncMethods<'getAccountMapAsOf' | 'getSupportSeries' | 'getChanges' | 'getSupportTrends'>;

export function todayOf(ctx: ServiceContext): string {
  return localDay(ctx.clock.now());
}

/** Refuses a day after today (the history cannot know it); returns today. */
export function requireNotFuture(ctx: ServiceContext, day: string, path: string): string {
  const today = todayOf(ctx);
  if (day > today) throw invalid('error.history.futureDay', path, { today });
  return today;
}

export function requireOrderedRange(from: string, to: string): void {
  if (from > to) throw invalid('error.history.rangeReversed', 'from', { from, to });
}

/** Refuses a day before the account's first recorded day. */
export function requireAccountExisted(ctx: ServiceContext, accountId: string, day: string, path: string): void {
  const firstDay = ctx.store.historyReads.firstDay(accountId);
  if (firstDay === null || day < firstDay) {
    throw invalid('error.history.beforeAccountCreated', path, { firstDay: firstDay ?? todayOf(ctx) });
  }
}

export function historyMethods(ctx: ServiceContext): HistoryMethods {
  const seriesCache = createSeriesCache(() => ctx.store);
  const versionsCache = createVersionsCache(() => ctx.store);
  return {
    getAccountMapAsOf({ accountId, day, layout }) {
      return ctx.store.read(() => {
        requireAccount(ctx, accountId);
        const today = requireNotFuture(ctx, day, 'day');
        // Each entity's last version up to the day, from the log's versions kept in memory (the same as replaying it).
        const state = versionsCache.get(accountId).state(day);
        if (!state.account) {
          throw invalid('error.history.beforeAccountCreated', 'day', { firstDay: ctx.store.historyReads.firstDay(accountId) ?? today });
        }
        const scores = computeInfluence(state.people, state.relationships);
        const present = new Set(state.people.map((p) => p.id));
        return {
          account: state.account,
          people: state.people,
          relationships: state.relationships,
          // Today's saved arrangement, for the people who were there: the past map keeps its shape.
          positions: ctx.store.positions.list(accountId, layout ?? 'saved').filter((p) => present.has(p.personId)),
          day,
          isToday: day === today,
          scores: state.people.map((p) => scores.get(p.id)!),
          visits: state.visits,
        };
      });
    },

    getSupportSeries({ accountId, from, to }) {
      return ctx.store.read(() => {
        requireAccount(ctx, accountId);
        const today = todayOf(ctx);
        const end = to ?? today;
        requireNotFuture(ctx, end, 'to');
        if (from !== undefined) requireOrderedRange(from, end);
        const firstDay = ctx.store.historyReads.firstDay(accountId);
        // The chart starts when the account does: no run of zeros before it existed.
        const start = firstDay === null ? end : maxDay(from ?? firstDay, firstDay);
        return seriesFrom(seriesCache.get(accountId), accountId, firstDay, start, end);
      });
    },

    getChanges({ accountId, from, to, limit }) {
      return ctx.store.read(() => {
        requireAccount(ctx, accountId);
        requireNotFuture(ctx, to, 'to');
        requireOrderedRange(from, to);
        const versions = versionsCache.get(accountId);
        const before = versions.state(from);
        const after = versions.state(to);
        // Scores only (no breakdowns): what changed compares numbers.
        const scoreMap = (s: typeof before) => computeInfluenceScores(s.people, s.relationships);
        const changes = computeChanges({
          accountId,
          from,
          to,
          before,
          after,
          scoresBefore: scoreMap(before),
          scoresAfter: scoreMap(after),
          limit: limit ?? CHANGES_LIMIT_DEFAULT,
        });
        return { ...changes, visits: computeVisitChanges(after.visits, after.people, from, to) };
      });
    },

    getSupportTrends({ includeArchived }) {
      return ctx.store.read(() => {
        const today = todayOf(ctx);
        return ctx.store.accounts
          .listSummaries(includeArchived === true)
          .map((a) => supportTrend(a.id, seriesCache.get(a.id), ctx.store.historyReads.firstDay(a.id), today));
      });
    },
  };
}
