// Benchmark (issue 9): logging a visit with 5 attendees at 2,000 people (≤ 50 ms) and the next-step
// agenda over 50 accounts × 200 visits (≤ 20 ms), each beside raw SQLite doing the same rows.
// Run alone: node --import tsx tests/bench/visits.ts   (or from npm run bench via runVisitsBench()).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp } from '../../electron/service/app';
import { manualClock, localDay } from '../../electron/service/clock';
import { contract } from '../../shared/ipc/contract';
import { addDays } from '../../shared/history/days';
import type { Person } from '../../shared/domain/model';
import type { Visit } from '../../shared/visits/model';
import { nextDueStep } from '../../shared/visits/agenda';
import { lastVisit } from '../../shared/visits/history';
import { printSeriesBench, type SeriesBenchRow } from './series';
import { syntheticAccount } from './syntheticAccount';
import { time } from './timing';



type App = ReturnType<typeof openApp>;

/** Writes an account with its people (and their create rows) straight through the store. */
function seedAccount(app: App, size: number, suffix = ''): { accountId: string; people: Person[] } {
  const { account, people } = syntheticAccount(size);
  const accountId = `${account.id}${suffix}`;
  const mine = people.map((p) => ({ ...p, id: `${p.id}${suffix}`, accountId }));
  app.store.transaction(() => {
    app.store.accounts.insert({ ...account, id: accountId, name: `${account.name}${suffix}` });
    app.store.history.record({ entity: 'account', op: 'create', data: { ...account, id: accountId } }, account.createdAt, '2026-01-01');
    for (const p of mine) {
      app.store.people.insert(p);
      app.store.history.record({ entity: 'person', op: 'create', data: p }, p.createdAt, '2026-01-01');
    }
  });
  return { accountId, people: mine };
}

function logVisitRows(app: App, size: number, runs: number, today: string): SeriesBenchRow[] {
  const { accountId, people } = seedAccount(app, size);
  const attendeesOf = (i: number) => Array.from({ length: 5 }, (_, k) => people[(7 + i * 5 + k) % people.length]!);
  const service = time(runs, (i) => {
    const input = contract.createVisit.input.parse({
      accountId,
      date: today,
      kind: 'visit',
      objective: 'Understand the budget process',
      learned: 'Budget set in November; the director signs above 1M',
      attendees: attendeesOf(i + 1).map((p, k) => ({ personId: p.id, needs: 'Fewer stock-outs', ...(k < 2 ? { stanceAfter: k === 0 ? 'ally' : 'neutral' } : {}) })),
      cost: { travel: { amount: 800, currency: 'CNY' }, hours: 4 },
      nextStep: { what: 'Send the trial-order proposal', due: addDays(today, 7), owner: 'us' },
    });
    app.service.createVisit(input);
  });

  // Baseline: the same rows by hand — 1 visit, 5 attendees, 5 person updates, 6 history rows — in one transaction.
  const db = app.store.db;
  const insVisit = db.prepare(
    `INSERT INTO visits (id, account_id, date, kind, status, objective, learned, travel_amount, travel_currency, hours, next_step_what, next_step_due, next_step_owner, created_at, updated_at)
     VALUES (?, ?, ?, 'visit', 'logged', ?, ?, 800, 'CNY', 4, ?, ?, 'us', ?, ?)`,
  );
  const insAttendee = db.prepare("INSERT INTO visit_attendees (visit_id, person_id, ord, needs, stance_before, stance_after) VALUES (?, ?, ?, 'Fewer stock-outs', ?, ?)");
  const updPerson = db.prepare('UPDATE people SET met = 1, last_contact = ?, stance = ?, updated_at = ? WHERE id = ?');
  const insHistory = db.prepare('INSERT INTO history (account_id, entity, entity_id, op, at, day, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const raw = time(runs, (i) => {
    db.transaction(() => {
      const id = `raw-${i}`;
      const at = new Date().toISOString();
      insVisit.run(id, accountId, today, 'Understand the budget process', 'Budget set in November', 'Send the trial-order proposal', addDays(today, 7), at, at);
      attendeesOf(i + 1000).forEach((p, k) => {
        const stance = k === 0 ? 'ally' : k === 1 ? 'neutral' : p.stance;
        insAttendee.run(id, p.id, k, p.stance, k < 2 ? stance : null);
        updPerson.run(today, stance, at, p.id);
        insHistory.run(accountId, 'person', p.id, 'update', at, today, JSON.stringify({ ...p, met: true, lastContact: today, stance }));
      });
      insHistory.run(accountId, 'visit', id, 'create', at, today, JSON.stringify({ id, accountId }));
    }).immediate();
  });
  return [
    { name: 'raw SQLite: insert the visit’s rows', ...raw, detail: '1 visit + 5 attendees + 5 person updates + 6 history rows, one transaction' },
    { name: 'log a visit (createVisit, 5 attendees)', ...service, targetMs: 50, detail: `${size} people; validate + check + met/stance + history, one transaction` },
  ];
}

function agendaRows(app: App, runs: number, today: string): SeriesBenchRow[] {
  const accounts = 50;
  const perAccount = 200;
  const ids: string[] = [];
  app.store.transaction(() => {
    for (let a = 0; a < accounts; a++) {
      const { accountId, people } = seedAccount(app, 12, `-agenda-${a}`);
      ids.push(accountId);
      for (let v = 0; v < perAccount; v++) {
        const date = addDays(today, v - perAccount);
        const open = v >= perAccount - 3;
        const visit: Visit = {
          id: `agenda-${a}-${v}`, accountId, date, kind: 'visit', status: 'logged', objective: '', learned: 'Notes', ours: '',
          attendees: [0, 1, 2].map((k) => ({ personId: people[(v + k) % people.length]!.id, needs: '', wants: '', stanceBefore: 'neutral', stanceAfter: null })),
          budgetFacts: '', budgetOwnerId: null, cost: { travel: null, samples: null, hours: null }, noNextStepReason: null,
          nextStep: { what: `Follow-up ${v}`, due: addDays(date, 7), owner: 'us', done: !open, doneOn: open ? null : addDays(date, 5) },
          createdAt: `${date}T10:00:00.000Z`, updatedAt: `${date}T10:00:00.000Z`,
        };
        app.store.visits.insert(visit);
        app.store.history.record({ entity: 'visit', op: 'create', data: visit }, visit.createdAt, date);
      }
    }
  });
  const open = app.service.listNextSteps({}) as unknown[];
  const all = app.service.listNextSteps({ includeDone: true }) as unknown[];
  const shape = `${accounts} accounts × ${perAccount} visits`;
  const rawOpen = app.store.db.prepare(
    `SELECT v.*, a.name AS account_name FROM visits v JOIN accounts a ON a.id = v.account_id
     WHERE v.next_step_what IS NOT NULL AND v.next_step_done = 0 AND a.archived = 0 ORDER BY v.next_step_due`,
  );
  const rawAll = app.store.db.prepare(
    `SELECT v.*, a.name AS account_name FROM visits v JOIN accounts a ON a.id = v.account_id
     WHERE v.next_step_what IS NOT NULL AND a.archived = 0 ORDER BY v.next_step_due`,
  );
  return [
    { name: 'raw SQLite: SELECT open next steps', ...time(runs, () => rawOpen.all()), detail: `${shape}; visit rows + account name` },
    { name: 'agenda, open steps (listNextSteps)', ...time(runs, () => app.service.listNextSteps({})), targetMs: 20, detail: `${open.length} open of ${accounts * perAccount}; with attendee names` },
    { name: 'raw SQLite: SELECT every next step', ...time(runs, () => rawAll.all()), detail: shape },
    { name: 'agenda incl. done (listNextSteps includeDone)', ...time(runs, () => app.service.listNextSteps({ includeDone: true })), detail: `${all.length} steps with attendee names` },
    { name: 'accounts list visit line (listVisitSummaries)', ...time(runs, () => app.service.listVisitSummaries({})), detail: `${accounts} accounts; one query` },
    {
      name: 'the same derived: listVisits per account + helpers',
      ...time(runs, () => ids.map((accountId) => { const v = app.service.listVisits({ accountId }) as Visit[]; return [lastVisit(v), nextDueStep(v)]; })),
      detail: `${accounts} calls, every visit with attendees`,
    },
  ];
}

/** Each part on its own fresh file, so the agenda counts only its own visits. */
function onFreshFile<T>(fn: (app: App, today: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-visits-'));
  const now = new Date(2026, 10, 27, 12, 0, 0);
  const app = openApp({ dbPath: path.join(dir, 'bench.sqlite'), systemLocale: 'en-US', version: 'bench', seedSample: false, clock: manualClock(now) });
  try {
    return fn(app, localDay(now));
  } finally {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function runVisitsBench(options: { people?: number; runs?: number } = {}): SeriesBenchRow[] {
  const runs = options.runs ?? 15;
  return [
    ...onFreshFile((app, today) => logVisitRows(app, options.people ?? 2000, runs, today)),
    ...onFreshFile((app, today) => agendaRows(app, runs, today)),
  ];
}

export { printSeriesBench as printVisitsBench };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = runVisitsBench();
  printSeriesBench(rows);
  if (rows.some((r) => r.targetMs !== undefined && r.cpuMs > r.targetMs)) process.exitCode = 1;
}
