// Benchmark (issue 4 point 2, issue 12): an account with 5 years of daily changes; the whole daily
// support series must take ≤ 50 ms (≤ 40 cold at 2,000 people), the map as of a day and what changed
// ≤ 200 ms at 20,000. Baseline: raw SQLite reading the same history rows.
// Run alone: node --import tsx tests/bench/series.ts   (or from npm run bench via runSeriesBench()).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp } from '../../electron/service/app';
import { createService } from '../../electron/service/index';
import { fixedClock, localDay } from '../../electron/service/clock';
import type { HistoryChange } from '../../electron/db/history';
import { computeInfluence } from '../../shared/domain/influence';
import { STANCES, type Person, type Relationship } from '../../shared/domain/model';
import { addDays, daysBetween } from '../../shared/history/days';
import { Replayer } from '../../shared/history/replay';
import { computeSupportSeries } from '../../shared/history/series';
import { seededRandom, syntheticAccount } from './syntheticAccount';
import { round2, time } from './timing';

export interface SeriesBenchRow {
  name: string;
  /** Median wall time, milliseconds. */
  ms: number;
  /** Median CPU time of this process (user + system), milliseconds: less sensitive to a busy machine. */
  cpuMs: number;
  /** The budget, when the issue sets one. */
  targetMs?: number;
  detail: string;
}

export interface SeriesBenchOptions {
  people?: number;
  years?: number;
  runs?: number;
}




/** Writes the account's past straight into the history log: day 0 creates everything, then 1–10 edits a day. */
export function writeHistory(app: ReturnType<typeof openApp>, size: number, firstDay: string, today: string): number {
  const rnd = seededRandom(4242);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const { account, people: initial, relationships: initialLinks } = syntheticAccount(size);
  const people = new Map(initial.map((p) => [p.id, p]));
  const links = new Map(initialLinks.map((r) => [r.id, r]));
  let serial = 0;
  let rows = 0;
  const log = (change: HistoryChange, day: string, minute: number) => {
    const at = `${day}T${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
    if (change.entity !== 'account') change.data = { ...change.data, ...('updatedAt' in change.data ? { updatedAt: at } : {}) } as never;
    app.store.history.record(change, at, day);
    rows++;
  };
  app.store.transaction(() => {
    app.store.accounts.insert({ ...account, createdAt: `${firstDay}T08:00:00.000Z`, updatedAt: `${firstDay}T08:00:00.000Z` });
    log({ entity: 'account', op: 'create', data: account }, firstDay, 0);
    for (const p of people.values()) log({ entity: 'person', op: 'create', data: p }, firstDay, 1);
    for (const r of links.values()) log({ entity: 'relationship', op: 'create', data: r }, firstDay, 2);
    const days = daysBetween(firstDay, today);
    for (let d = 1; d <= days; d++) {
      const day = addDays(firstDay, d);
      const edits = 1 + Math.floor(rnd() * 10);
      for (let e = 0; e < edits; e++) {
        const minute = e * 5;
        const roll = rnd();
        const ids = [...people.keys()];
        if (roll < 0.55) {
          const p = people.get(pick(ids))!;
          const next: Person = { ...p, stance: pick(STANCES) };
          people.set(p.id, next);
          log({ entity: 'person', op: 'update', data: next }, day, minute);
        } else if (roll < 0.75) {
          const p = people.get(pick(ids))!;
          const next: Person = { ...p, authority: 1 + Math.floor(rnd() * 5), met: rnd() < 0.5 };
          people.set(p.id, next);
          log({ entity: 'person', op: 'update', data: next }, day, minute);
        } else if (roll < 0.82 && people.size > size * 0.9) {
          const id = pick(ids);
          for (const r of [...links.values()].filter((x) => x.fromId === id || x.toId === id)) {
            links.delete(r.id);
            log({ entity: 'relationship', op: 'delete', data: r }, day, minute);
          }
          log({ entity: 'person', op: 'delete', data: people.get(id)! }, day, minute);
          people.delete(id);
        } else if (roll < 0.9) {
          const p: Person = { ...initial[0]!, id: `new-${++serial}`, name: `New ${serial}`, isTopDecisionMaker: false, stance: pick(STANCES), createdAt: `${day}T08:00:00.000Z` };
          people.set(p.id, p);
          log({ entity: 'person', op: 'create', data: p }, day, minute);
        } else {
          const r: Relationship = { id: `link-${++serial}`, accountId: account.id, fromId: pick(ids), toId: pick(ids), type: 'influences', strength: 2, createdAt: `${day}T08:00:00.000Z` };
          if (r.fromId === r.toId) continue;
          links.set(r.id, r);
          log({ entity: 'relationship', op: 'create', data: r }, day, minute);
        }
      }
    }
  });
  return rows;
}

export function runSeriesBench(options: SeriesBenchOptions = {}): SeriesBenchRow[] {
  const size = options.people ?? 500;
  const years = options.years ?? 5;
  const runs = options.runs ?? 9;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-series-'));
  // Noon keeps "today" the same local day in every time zone the benchmark might run in.
  const now = new Date(2026, 10, 27, 12, 0, 0);
  const today = localDay(now);
  const firstDay = addDays(today, -Math.round(years * 365.25));
  const app = openApp({ dbPath: path.join(dir, 'bench.sqlite'), systemLocale: 'en-US', version: 'bench', seedSample: false, clock: fixedClock(now) });
  try {
    const rowsWritten = writeHistory(app, size, firstDay, today);
    const accountId = syntheticAccount(size).account.id;
    const days = daysBetween(firstDay, today) + 1;
    const shape = `${size} people, ${days} days, ${rowsWritten} history rows`;
    // Issue 12: the map as of a day and what changed ≤ 200 ms at the 20,000-person cap; the cold series ≤ 40 ms at 2,000.
    const bigTarget = size >= 20_000 ? { targetMs: 200 } : {};

    const raw = app.store.db.prepare('SELECT seq, entity, entity_id AS entityId, op, at, day, data FROM history WHERE account_id = ? ORDER BY day, seq');
    const rawMs = time(runs, () => raw.all(accountId));
    const rawPeopleMs = time(runs, () => app.store.historyReads.personLog(accountId));
    // Cold: a fresh service each run, so nothing is cached: read the person rows, parse, replay.
    const coldMs = time(runs, () => createService(app.context).getSupportSeries({ accountId }));
    // Warm: the same service again (the rep switching 30 / 90 / 365 / all): the parsed log is cached.
    const warmMs = time(runs, () => app.service.getSupportSeries({ accountId }));
    const rows = app.store.historyReads.rows(accountId);
    const computeMs = time(runs, () => computeSupportSeries(rows, { accountId, today }));
    const midDay = addDays(firstDay, Math.floor(days / 2));
    // First call on the account (a fresh service): reads the whole log once into the versions kept in memory.
    const asOfColdMs = time(runs, () => createService(app.context).getAccountMapAsOf({ accountId, day: midDay }));
    const changesColdMs = time(runs, () => createService(app.context).getChanges({ accountId, from: addDays(today, -30), to: today }));
    // Then (the same service): a different day each run, so nothing but the versions is reused.
    const asOfMs = time(runs, (i) => app.service.getAccountMapAsOf({ accountId, day: addDays(midDay, i + 1) }));
    const changesMs = time(runs, (i) => app.service.getChanges({ accountId, from: addDays(today, -31 - i), to: addDays(today, -1 - i) }));
    const trendsMs = time(runs, () => createService(app.context).getSupportTrends({}));

    // Why the series weighs by ratings: the full influence score once per changed day would cost this much.
    const replayer = new Replayer(rows);
    replayer.advanceTo(today);
    const state = replayer.state();
    const influenceMs = time(runs, () => computeInfluence(state.people, state.relationships));
    const changedDays = new Set(rows.map((r) => r.day)).size;

    return [
      { name: 'raw SQLite: SELECT all history rows', ...rawMs, detail: shape },
      { name: 'raw SQLite: SELECT the person rows', ...rawPeopleMs, detail: 'what the series reads: [day, gone, data]' },
      { name: 'whole series, cold (getSupportSeries)', ...coldMs, ...(size <= 2000 ? { targetMs: 40 } : {}), detail: `${days} daily points; read + parse + replay` },
      { name: 'whole series, warm (builder cached)', ...warmMs, targetMs: 50, detail: 'same call again: only new rows applied' },
      { name: 'series computation only (all rows in memory)', ...computeMs, detail: 'one forward pass, running counts' },
      { name: 'map as of a day, first call (getAccountMapAsOf)', ...asOfColdMs, detail: `${midDay}: whole log read into versions + one influence run` },
      { name: 'map as of a day, next calls (getAccountMapAsOf)', ...asOfMs, ...bigTarget, detail: 'another day each run: versions kept + one influence run' },
      { name: 'what changed, 30 days, first call (getChanges)', ...changesColdMs, detail: 'whole log read into versions + two influence runs' },
      { name: 'what changed, 30 days, next calls (getChanges)', ...changesMs, ...bigTarget, detail: 'another range each run: versions kept + two influence runs' },
      { name: 'trends for the accounts list, cold (getSupportTrends)', ...trendsMs, detail: '1 account, 90-day sparkline' },
      {
        name: 'influence-weighted series (estimate, not used)',
        ms: round2(influenceMs.ms * changedDays),
        cpuMs: round2(influenceMs.cpuMs * changedDays),
        detail: `computeInfluence ${influenceMs.ms} ms × ${changedDays} changed days`,
      },
    ];
  } finally {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printSeriesBench(rows: readonly SeriesBenchRow[]): void {
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - s.length));
  const w = Math.max(...rows.map((r) => r.name.length));
  console.log(`${pad('benchmark', w)}  ${pad('median ms', 10)}  ${pad('cpu ms', 8)}  ${pad('target', 18)}  detail`);
  for (const r of rows) {
    const target =
      r.targetMs === undefined ? '' : `≤ ${r.targetMs} ${r.ms <= r.targetMs ? 'ok' : r.cpuMs <= r.targetMs ? 'ok on cpu only' : 'SLOW'}`;
    console.log(`${pad(r.name, w)}  ${pad(r.ms.toFixed(2), 10)}  ${pad(r.cpuMs.toFixed(2), 8)}  ${pad(target, 18)}  ${r.detail}`);
  }
  console.log('cpu ms = this process\'s CPU time: wall time above it means the machine was busy with other work.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = runSeriesBench();
  printSeriesBench(rows);
  // Fail only when the work itself is too slow, not when other processes hold the CPU.
  if (rows.some((r) => r.targetMs !== undefined && r.cpuMs > r.targetMs)) process.exitCode = 1;
}
