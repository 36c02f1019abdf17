// Property: the map as of a day and what changed between two days, answered from the log's versions
// kept in memory (shared/history/versions.ts, electron/service/historyVersionsCache.ts), equal the
// old full replay of the log on random histories: creates, edits, deletes, deletes undone, several
// edits a day, a clock set back, far time zones, ties on creation time, visits and purchases rows;
// through the service too, with the cache kept across new rows. HISTORY_RUNS=<n> for more runs.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { computeInfluence } from '../../../shared/domain/influence';
import { computeChanges } from '../../../shared/history/changes';
import { addDays } from '../../../shared/history/days';
import { Replayer, stateAsOf, type AccountState } from '../../../shared/history/replay';
import { CHANGES_LIMIT_MAX } from '../../../shared/history/schemas';
import { HistoryVersions } from '../../../shared/history/versions';
import { computeVisitChanges } from '../../../shared/visits/changes';
import { manualClock } from '../../../electron/service/clock';
import { call, openTestApp, type TestApp } from '../service/helpers';
import { edit, writeRandomHistory, zoneOffset, type Edit } from './randomHistory';

const RUNS = Number(process.env.HISTORY_RUNS ?? 40);

let app: TestApp | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

function fresh(): TestApp {
  app?.close();
  app = openTestApp({ clock: manualClock('2027-06-01T12:00:00.000Z') });
  return app;
}

/** Every logged day, the day before the first, and the day after each. */
function daysToCheck(days: readonly string[]): string[] {
  const out = new Set([addDays(days[0]!, -1), ...days]);
  for (const d of days) out.add(addDays(d, 1));
  return [...out].sort();
}

/** What getChanges answered before the versions: both days from one replay of the whole log. */
function oldChanges(t: TestApp, accountId: string, from: string, to: string) {
  const replayer = new Replayer(t.store.historyReads.rows(accountId, to));
  replayer.advanceTo(from);
  const before = replayer.state();
  replayer.advanceTo(to);
  const after = replayer.state();
  const scores = (s: AccountState) => new Map([...computeInfluence(s.people, s.relationships)].map(([id, score]) => [id, score.score]));
  const changes = computeChanges({ accountId, from, to, before, after, scoresBefore: scores(before), scoresAfter: scores(after), limit: CHANGES_LIMIT_MAX });
  return { ...changes, visits: computeVisitChanges(after.visits, after.people, from, to) };
}

/** getAccountMapAsOf and getChanges on `day` (and a range ending there) answer what the replay says. */
async function expectServiceAsReplay(t: TestApp, accountId: string, days: readonly string[], i: number): Promise<void> {
  const day = days[i % days.length]!;
  const expected = stateAsOf(t.store.historyReads.rows(accountId, day), day);
  if (expected.account) {
    const map = await call(t.service, 'getAccountMapAsOf', { accountId, day });
    expect({ account: map.account, people: map.people, relationships: map.relationships, visits: map.visits }, day).toEqual(expected);
    expect(map.scores.map((s) => s.personId)).toEqual(expected.people.map((p) => p.id));
  }
  const from = days[(i >> 3) % days.length]! < day ? days[(i >> 3) % days.length]! : days[0]!;
  expect(await call(t.service, 'getChanges', { accountId, from, to: day, limit: CHANGES_LIMIT_MAX }), `${from}..${day}`).toEqual(oldChanges(t, accountId, from, day));
}

const edits = fc.array(edit, { minLength: 1, maxLength: 70 });

describe('history answered from the versions of each entity', () => {
  it('gives the same state on every day as replaying the whole log, whatever order the rows come in', () => {
    fc.assert(
      fc.property(edits, zoneOffset, fc.nat(), (list, offset, seed) => {
        const t = fresh();
        const { accountId, days } = writeRandomHistory(t.store, list, offset);
        const rows = t.store.historyReads.rows(accountId);
        const shuffled = [...rows].sort((a, b) => ((a.seq * 7919 + seed) % 97) - ((b.seq * 7919 + seed) % 97) || a.seq - b.seq);
        const versions = new HistoryVersions();
        versions.add(shuffled);
        for (const day of daysToCheck(days)) expect(versions.state(day), day).toEqual(stateAsOf(rows, day));
      }),
      { numRuns: RUNS },
    );
  });

  it('through the service, with the versions kept across new rows: getAccountMapAsOf and getChanges answer what the replay says', async () => {
    await fc.assert(
      fc.asyncProperty(edits, fc.array(edit, { maxLength: 30 }), zoneOffset, fc.nat(), async (first, more, offset, i) => {
        const t = fresh();
        const written = writeRandomHistory(t.store, first, offset);
        await expectServiceAsReplay(t, written.accountId, written.days, i);
        // More rows after the first answers (the cache applies only those), then ask again.
        const all = writeRandomHistory(t.store, [...first, ...more], offset, { append: first.length });
        await expectServiceAsReplay(t, all.accountId, all.days, i + 1);
        await expectServiceAsReplay(t, all.accountId, all.days, i >> 2);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  // Two cases the random runs reach only rarely, each pinned down once.
  const quiet = { b: 0, c: 1, wait: 0 };
  it('keeps visits tied on date and creation time in the replay’s order: an edit keeps a visit’s place, a delete undone moves it last', () => {
    const t = fresh();
    const v = (kind: number): Edit => ({ kind, a: 0, ...quiet });
    const { accountId } = writeRandomHistory(t.store, [v(10), v(10), v(11)], 0);
    const order = () => {
      const versions = new HistoryVersions();
      versions.add(t.store.historyReads.rows(accountId));
      const state = versions.state('2026-01-01');
      expect(state).toEqual(stateAsOf(t.store.historyReads.rows(accountId), '2026-01-01'));
      return state.visits.map((x) => x.id);
    };
    expect(order()).toEqual(['v1', 'v2']);
    writeRandomHistory(t.store, [v(10), v(10), v(11), v(12), v(13)], 0, { append: 3 });
    expect(order()).toEqual(['v2', 'v1']);
  });

  it('orders a person deleted and brought back by their first row, like the replay', async () => {
    const t = fresh();
    // Two people created at the same instant (a tie on createdAt); the first deleted, then brought back the next day.
    const tie = { b: 0, c: 0, wait: 0 };
    const list: Edit[] = [{ kind: 0, a: 0, ...tie }, { kind: 0, a: 0, ...tie }, { kind: 4, a: 0, ...tie }, { kind: 5, a: 0, ...tie, wait: 1500 }];
    const { accountId } = writeRandomHistory(t.store, list, 0);
    const map = await call(t.service, 'getAccountMapAsOf', { accountId, day: '2026-01-02' });
    expect(map.people.map((p) => p.id)).toEqual(['p1', 'p2']);
  });
});
