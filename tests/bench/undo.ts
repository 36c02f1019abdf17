// Benchmark: undo at 2,000 people (service side, Node) — undo of a stance change and of a person
// delete (with their relationships and positions), each beside raw SQLite writing the same rows in
// the same run, and undo + the reads the renderer makes after it (the map and the undo state).
// Run alone: node --import tsx tests/bench/undo.ts   (or from npm run bench via runUndoBench()).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp } from '../../electron/service/app';
import { manualClock } from '../../electron/service/clock';
import { printSeriesBench, type SeriesBenchRow } from './series';
import { median, round2 } from './timing';
import { seedSyntheticAccount } from './seedAccount';

type App = ReturnType<typeof openApp>;

/** Median wall and CPU ms of `measured` over `runs` runs, each after an untimed `setup`. */
function timeAfter(runs: number, setup: (i: number) => void, measured: (i: number) => unknown): { ms: number; cpuMs: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = -1; i < runs; i++) {
    setup(i);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    measured(i);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (i < 0) continue; // warm-up
    wall.push(ms);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: round2(median(wall)), cpuMs: round2(median(cpu)) };
}


function rows(app: App, size: number, runs: number): SeriesBenchRow[] {
  const { accountId, people } = seedSyntheticAccount(app, size);
  const db = app.store.db;
  const s = app.service;
  /** A stance change that always changes something. */
  const change = (i: number) => {
    const p = app.store.people.get(someone(i + 1).id)!;
    s.updatePerson({ id: p.id, patch: { stance: p.stance === 'ally' ? 'opponent' : 'ally' } });
  };
  const someone = (i: number) => people[(37 + i * 13) % people.length]!;
  const tick = () => new Date();

  const stanceUndo = timeAfter(runs, change, () => s.undo({ accountId }));
  const stanceUndoRead = timeAfter(runs, change, () => {
    s.undo({ accountId });
    s.getAccountMap({ accountId, layout: 'saved' });
    s.getUndoState({ accountId });
  });
  const updRaw = db.prepare('UPDATE people SET stance = ?, updated_at = ? WHERE id = ?');
  const insHistory = db.prepare('INSERT INTO history (account_id, entity, entity_id, op, at, day, data, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const stanceRaw = timeAfter(runs, () => undefined, (i) => {
    const p = someone(i + 500);
    db.transaction(() => {
      updRaw.run(p.stance, tick().toISOString(), p.id);
      insHistory.run(accountId, 'person', p.id, 'update', tick().toISOString(), '2026-01-02', JSON.stringify(p), null);
    }).immediate();
  });

  // The person delete: someone with relationships (a manager in the tree) and a saved position.
  const linked = people
    .map((p) => ({ p, links: app.store.relationships.listByPerson(p.id).length }))
    .sort((a, b) => b.links - a.links)
    .slice(5, 5 + runs + 1)
    .map((x) => x.p);
  const deleteUndo = timeAfter(runs, (i) => s.deletePerson({ id: linked[i + 1]!.id }), () => s.undo({ accountId }));
  const deleteUndoRead = timeAfter(runs, (i) => s.deletePerson({ id: linked[i + 1]!.id }), () => {
    s.undo({ accountId });
    s.getAccountMap({ accountId, layout: 'saved' });
    s.getUndoState({ accountId });
  });
  const links = Math.round(median(linked.map((p) => app.store.relationships.listByPerson(p.id).length)));
  // Baseline: the same rows by hand — delete then re-insert the person, their relationships and position, with history rows.
  const rawDelete = db.prepare('DELETE FROM people WHERE id = ?');
  const deleteRaw = timeAfter(
    runs,
    () => undefined,
    (i) => {
      const p = linked[(i + 1) % linked.length]!;
      const rels = app.store.relationships.listByPerson(p.id);
      const pos = app.store.positions.get(p.id, 'saved');
      db.transaction(() => {
        rawDelete.run(p.id);
        app.store.people.insert(p);
        insHistory.run(accountId, 'person', p.id, 'create', tick().toISOString(), '2026-01-02', JSON.stringify(p), null);
        for (const r of rels) {
          app.store.relationships.insert(r);
          insHistory.run(accountId, 'relationship', r.id, 'create', tick().toISOString(), '2026-01-02', JSON.stringify(r), null);
        }
        if (pos) app.store.positions.save(accountId, 'saved', [pos]);
      }).immediate();
    },
  );
  return [
    { name: 'raw SQLite: write a person row back + 1 history row', ...stanceRaw, detail: `${size} people; one transaction` },
    { name: 'undo a stance change (undo)', ...stanceUndo, detail: 'find the step, previous state from the log, write + record, one transaction' },
    { name: 'undo a stance change + the renderer’s reads after it', ...stanceUndoRead, targetMs: 300, detail: 'undo + getAccountMap + getUndoState (service side of end to end)' },
    { name: 'raw SQLite: re-insert a person, their relationships and position', ...deleteRaw, detail: `~${links} relationships each; with history rows` },
    { name: 'undo a person delete (undo)', ...deleteUndo, detail: `person + ~${links} relationships + positions + visits back, recorded` },
    { name: 'undo a person delete + the renderer’s reads after it', ...deleteUndoRead, targetMs: 300, detail: 'undo + getAccountMap + getUndoState' },
  ];
}

export function runUndoBench(options: { people?: number; runs?: number } = {}): SeriesBenchRow[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-undo-'));
  const clock = manualClock(new Date(2026, 10, 27, 12, 0, 0));
  const app = openApp({ dbPath: path.join(dir, 'bench.sqlite'), systemLocale: 'en-US', version: 'bench', seedSample: false, clock });
  try {
    return rows(app, options.people ?? 2000, options.runs ?? 15);
  } finally {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runUndoBench();
  printSeriesBench(result);
  if (result.some((r) => r.targetMs !== undefined && r.cpuMs > r.targetMs)) process.exitCode = 1;
}
