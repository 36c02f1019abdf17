// Time to ready-for-window: how long the main process's start-up (startApp) keeps the window from
// being created, on database files of 10, 100 and 300 MB (generated in a temp folder, deleted after).
// Before = the check first (a private copy + quick_check of the whole file) and the daily backup
// awaited; now = fast start (electron/startupOrder.ts): header only, the check in a worker thread and
// the daily backup after first paint. Also: the after-paint work's duration and the longest time it
// blocked this thread's event loop, and raw SQLite's open + first read as the baseline. Warm cache
// only (dropping the OS cache would need the whole machine). Sizes: BENCH_STARTUP_MB=10,100,300.
// Run alone: node --import tsx tests/bench/startup.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkInBackground } from '../../electron/db/checkInBackground';
import { openApp } from '../../electron/service/app';
import { startApp } from '../../electron/service/backupsStartup';
import { syntheticAccount } from './syntheticAccount';
import { longestBlock } from './longestBlock';
import { median, round2 } from './timing';

export interface StartupRow {
  mb: number;
  label: string;
  ms: number;
  baselineMs: number | null;
}

const WORKER = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../electron/db/checkWorker.ts');

/** A real Powermap file of about `mb` MB: accounts of 2,000 people with ~1 KB of notes each, as the app writes them. */
function generate(dbPath: string, mb: number): number {
  const app = openApp({ dbPath, systemLocale: 'en-US', version: 'bench', seedSample: false });
  const base = syntheticAccount(2000);
  const notes = '需求 needs and wants, visit notes. '.repeat(24); // ~1 KB per person
  for (let a = 0; fs.statSync(dbPath).size + (fs.statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0) < mb * 1024 ** 2; a++) {
    const accountId = `bench-${a}`;
    app.store.transaction(() => {
      app.store.accounts.insert({ ...base.account, id: accountId, name: `Synthetic ${a}` });
      for (const p of base.people) app.store.people.insert({ ...p, id: `${accountId}-${p.id}`, accountId, notes });
    });
  }
  app.close();
  return fs.statSync(dbPath).size / 1024 ** 2;
}

export async function runStartupBench(sizes = (process.env.BENCH_STARTUP_MB ?? '10,100,300').split(',').map(Number), runs = 3): Promise<StartupRow[]> {
  const rows: StartupRow[] = [];
  for (const mb of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-startup-'));
    const dbPath = path.join(dir, 'powermap.sqlite3');
    try {
      const actual = generate(dbPath, mb);
      const opts = { dbPath, systemLocale: 'en-US', version: 'bench', seedSample: false };
      const fresh = () => fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true }); // the daily backup runs again
      const raw: number[] = [], before: number[] = [], now: number[] = [], after: number[] = [], afterBlock: number[] = [], idleBlock: number[] = [];
      for (let i = -1; i < runs; i++) {
        let t = performance.now();
        const db = new Database(dbPath, { readonly: true, fileMustExist: true });
        db.prepare('SELECT count(*) FROM accounts').get();
        db.close();
        if (i >= 0) raw.push(performance.now() - t);

        fresh();
        t = performance.now();
        const old = await startApp({ ...opts, dailyBackup: true });
        if (i >= 0) before.push(performance.now() - t);
        if (old.status().status !== 'ok') throw new Error('bench file did not open');
        old.close();

        fresh();
        t = performance.now();
        const fast = await startApp({ ...opts, checkInBackground: (file) => checkInBackground(file, { workerFile: WORKER }) });
        if (i >= 0) now.push(performance.now() - t);
        const paint = await longestBlock(() => fast.afterFirstPaint());
        if (paint.value.status !== 'ok') throw new Error('the deferred check failed on the bench file');
        if (i >= 0) {
          after.push(paint.ms);
          afterBlock.push(paint.blockMs);
        }
        fast.close();
        // On a shared machine timers also slip for want of a core: the same watch over an idle wait.
        const idle = await longestBlock(() => new Promise((r) => setTimeout(r, paint.ms)));
        if (i >= 0) idleBlock.push(idle.blockMs);
      }
      const label = `${Math.round(actual)} MB file`;
      rows.push({ mb, label: `${label}: ready for the window, now (header only; check + backup after first paint) vs raw SQLite open + first read`, ms: round2(median(now)), baselineMs: round2(median(raw)) });
      rows.push({ mb, label: `${label}: ready for the window, before (copy + quick_check, daily backup awaited) vs raw SQLite open + first read`, ms: round2(median(before)), baselineMs: round2(median(raw)) });
      rows.push({ mb, label: `${label}: after first paint, the check (worker thread) + daily backup`, ms: round2(median(after)), baselineMs: null });
      rows.push({ mb, label: `${label}: after first paint, the longest block of the main thread's event loop vs the same watch over an idle wait`, ms: round2(median(afterBlock)), baselineMs: round2(median(idleBlock)) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function printStartupBench(rows: readonly StartupRow[]): void {
  console.log('| benchmark | median ms | baseline ms | ratio |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.label} | ${r.ms} | ${r.baselineMs ?? ''} | ${r.baselineMs ? `${(r.ms / r.baselineMs).toFixed(1)}×` : ''} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) printStartupBench(await runStartupBench());
