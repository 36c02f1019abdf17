// Property: the map as of a day and what changed between two days, read from each entity's last
// row up to the day (historyReads.latestRows + Replayer.load), equal the old full replay of the log
// on random histories: creates, edits, deletes, deletes undone, several edits a day, a clock set
// back, far time zones, ties on creation time, visits and purchases rows. Through the service too.
// HISTORY_RUNS=<n> for more runs.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { computeInfluence } from '../../../shared/domain/influence';
import { computeChanges } from '../../../shared/history/changes';
import { CHANGES_LIMIT_MAX } from '../../../shared/history/schemas';
import type { AccountState } from '../../../shared/history/replay';
import { computeVisitChanges } from '../../../shared/visits/changes';
import { addDays } from '../../../shared/history/days';
import { Replayer, stateAsOf, stateFromLatest } from '../../../shared/history/replay';
import { manualClock } from '../../../electron/service/clock';
import { call, openTestApp, type TestApp } from '../service/helpers';
import { edit, writeRandomHistory, zoneOffset } from './randomHistory';

const RUNS = Number(process.env.HISTORY_RUNS ?? 40);

let app: TestApp | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

/** What getChanges answered before it read each entity's last row: both days from one replay of the whole log. */
function oldChanges(app: TestApp, accountId: string, from: string, to: string) {
  const replayer = new Replayer(app.store.historyReads.rows(accountId, to));
  replayer.advanceTo(from);
  const before = replayer.state();
  replayer.advanceTo(to);
  const after = replayer.state();
  const scores = (s: AccountState) => new Map([...computeInfluence(s.people, s.relationships)].map(([id, score]) => [id, score.score]));
  const changes = computeChanges({ accountId, from, to, before, after, scoresBefore: scores(before), scoresAfter: scores(after), limit: CHANGES_LIMIT_MAX });
  return { ...changes, visits: computeVisitChanges(after.visits, after.people, from, to) };
}

/** Both ends of the range, read from the last rows up to `from` plus the rows in the range, equal one replay of the whole log. */
function expectRangeAsReplay(app: TestApp, accountId: string, from: string, to: string): void {
  const reads = app.store.historyReads;
  const old = new Replayer(reads.rows(accountId, to));
  old.advanceTo(from);
  const oldBefore = old.state();
  old.advanceTo(to);
  const fresh = new Replayer(reads.rowsBetween(accountId, from, to)).load(reads.latestRows(accountId, from));
  expect(fresh.state(), from).toEqual(oldBefore);
  fresh.advanceTo(to);
  expect(fresh.state(), to).toEqual(old.state());
}

/** Every logged day, the day before the first and the day after the last, and a day in each gap. */
function daysToCheck(days: readonly string[]): string[] {
  const out = new Set([addDays(days[0]!, -1), ...days, addDays(days.at(-1)!, 1)]);
  for (const d of days) out.add(addDays(d, 1));
  return [...out].sort();
}

describe('history read from each entity’s last row up to a day', () => {
  it('gives the same state on every day as replaying the whole log', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 70 }), zoneOffset, (edits, offset) => {
        app?.close();
        app = openTestApp();
        const { accountId, days } = writeRandomHistory(app.store, edits, offset);
        const reads = app.store.historyReads;
        for (const day of daysToCheck(days)) {
          expect(stateFromLatest(reads.latestRows(accountId, day)), day).toEqual(stateAsOf(reads.rows(accountId, day), day));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same states on both ends of a range as one replay advanced from one end to the other', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 70 }), zoneOffset, fc.nat(), fc.nat(), (edits, offset, i, j) => {
        app?.close();
        app = openTestApp();
        const { accountId, days } = writeRandomHistory(app.store, edits, offset);
        const all = daysToCheck(days);
        const [from, to] = [all[i % all.length]!, all[j % all.length]!].sort() as [string, string];
        expectRangeAsReplay(app, accountId, from, to);
      }),
      { numRuns: RUNS },
    );
  });

  it('through the service: getAccountMapAsOf and getChanges answer what the replay says', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 50 }), zoneOffset, fc.nat(), async (edits, offset, i) => {
        app?.close();
        app = openTestApp({ clock: manualClock('2027-06-01T12:00:00.000Z') });
        const { accountId, days } = writeRandomHistory(app.store, edits, offset);
        const reads = app.store.historyReads;
        const day = days[i % days.length]!;
        const expected = stateAsOf(reads.rows(accountId, day), day);
        if (expected.account) {
          const map = await call(app.service, 'getAccountMapAsOf', { accountId, day });
          expect({ account: map.account, people: map.people, relationships: map.relationships, visits: map.visits }).toEqual(expected);
          expect(map.scores.map((s) => s.personId)).toEqual(expected.people.map((p) => p.id));
        }
        const from = days[(i >> 3) % days.length]! < day ? days[(i >> 3) % days.length]! : days[0]!;
        expect(await call(app.service, 'getChanges', { accountId, from, to: day, limit: CHANGES_LIMIT_MAX })).toEqual(oldChanges(app, accountId, from, day));
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  // Two cases the random runs reach only rarely, each pinned down once.
  const quiet = { b: 0, c: 1, wait: 0 };
  it('keeps two visits tied on date and creation time in the replay’s order after one is deleted and brought back', () => {
    app = openTestApp();
    const { accountId } = writeRandomHistory(app.store, [{ kind: 10, a: 0, ...quiet }, { kind: 10, a: 0, ...quiet }, { kind: 12, a: 0, ...quiet }, { kind: 13, a: 0, ...quiet }], 0);
    const visits = stateFromLatest(app.store.historyReads.latestRows(accountId, '2026-01-01')).visits;
    expect(visits.map((v) => v.id)).toEqual(['v2', 'v1']);
    expect(visits).toEqual(stateAsOf(app.store.historyReads.rows(accountId, '2026-01-01'), '2026-01-01').visits);
  });

  it('orders a person deleted before the range and brought back in it by their first row, like the replay', () => {
    app = openTestApp();
    // Two people created at the same instant (a tie on createdAt); the first deleted, then brought back the next day.
    const tie = { b: 0, c: 0, wait: 0 };
    const { accountId } = writeRandomHistory(app.store, [{ kind: 0, a: 0, ...tie }, { kind: 0, a: 0, ...tie }, { kind: 4, a: 0, ...tie }, { kind: 5, a: 0, ...tie, wait: 1500 }], 0);
    expectRangeAsReplay(app, accountId, '2026-01-01', '2026-01-02');
    const map = stateAsOf(app.store.historyReads.rows(accountId, '2026-01-02'), '2026-01-02');
    expect(map.people.map((p) => p.id)).toEqual(['p1', 'p2']);
  });
});
