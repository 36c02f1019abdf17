// A/B: this checkout's map bench against another checkout's (BENCH_AB_OTHER=<its folder>, e.g. a
// worktree of the commit before a change), 2,000 people, in one browser, rounds interleaved (A B, B A,
// …) so both see the same machine load; the minimum and median of each step over the rounds, and
// computeInfluence from both checkouts in one Node process (CPU time of single calls). Bare Cytoscape is the same
// code and library in both, so the change in a ratio to bare is the change in Powermap's own time.
// Run: BENCH_AB_OTHER=/tmp/before BENCH_AB_ROUNDS=5 node --import tsx tests/bench/ab.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Browser } from '@playwright/test';
import { machineLine, loadLine } from './machine';
import { serveStatic } from './serve';
import { median } from './timing';

const here = fileURLToPath(new URL('../..', import.meta.url));
const other = process.env.BENCH_AB_OTHER;
const ROUNDS = Number(process.env.BENCH_AB_ROUNDS ?? 5); // 0 = the scoring comparison only
const SIZE = Number(process.env.BENCH_AB_SIZE ?? 2000);
const STEPS = ['open', 'firstRender', 'org-chart', 'rings', 'influence-network', 'panZoom'] as const;
type StepName = (typeof STEPS)[number];
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function buildPage(repo: string, outDir: string): Promise<void> {
  await build({ configFile: false, root: path.join(repo, 'tests/bench/page'), base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'chrome130', chunkSizeWarningLimit: 4000 }, worker: { format: 'es' } });
}

async function measure(browser: Browser, url: string): Promise<Record<StepName, number>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  const r = await page.evaluate(async (size) => {
    type Step = { ms: number };
    const b = (window as unknown as { bench: Record<string, (...a: unknown[]) => unknown> }).bench;
    b.prepare!(size, 'powermap');
    const out: Record<string, number> = {};
    out.open = ((await b.open!()) as Step).ms;
    out.firstRender = ((await b.firstRender!()) as Step).ms;
    for (const l of ['org-chart', 'rings', 'influence-network']) out[l] = ((await b.layout!(l)) as Step).ms;
    out.panZoom = ((await b.panZoom!()) as { meanMs: number }).meanMs;
    return out;
  }, SIZE);
  await context.close();
  return r as Record<StepName, number>;
}

/** One call's CPU ms, after 10 warm-up calls (the newer score is larger code and needs its JIT). */
async function scoringCpu(repo: string): Promise<() => number> {
  const { computeInfluence } = (await import(path.join(repo, 'shared/domain/influence.ts'))) as { computeInfluence: (p: unknown[], r: unknown[]) => unknown };
  const { syntheticAccount } = (await import(path.join(repo, 'tests/bench/syntheticAccount.ts'))) as { syntheticAccount: (n: number) => { people: unknown[]; relationships: unknown[] } };
  const a = syntheticAccount(SIZE);
  for (let i = 0; i < 10; i++) computeInfluence(a.people, a.relationships);
  return () => {
    const c0 = process.cpuUsage();
    computeInfluence(a.people, a.relationships);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
}

async function main(): Promise<void> {
  if (!other) throw new Error('set BENCH_AB_OTHER to the other checkout');
  const load0 = loadLine();
  const dirs = { before: path.join(other, 'dist/bench-ab'), after: path.join(here, 'dist/bench-ab') };
  await buildPage(other, dirs.before);
  await buildPage(here, dirs.after);
  const servers = { before: await serveStatic(dirs.before), after: await serveStatic(dirs.after) };
  const browser = await chromium.launch({ executablePath: process.env.POWERMAP_CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  const runs: Record<'before' | 'after', Array<Record<StepName, number>>> = { before: [], after: [] };
  try {
    for (let i = 0; i < ROUNDS; i++) {
      const order = i % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
      for (const v of order) runs[v].push(await measure(browser, servers[v].url));
      process.stderr.write(`  round ${i + 1}/${ROUNDS}\n`);
    }
  } finally {
    await browser.close();
    await servers.before.close();
    await servers.after.close();
  }
  const score = { before: await scoringCpu(other), after: await scoringCpu(here) };
  const cpu: Record<'before' | 'after', number[]> = { before: [], after: [] };
  for (let i = 0; i < 60; i++) for (const v of i % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const)) cpu[v].push(score[v]());

  console.log(`\nMachine: ${machineLine(browser.version())}\nLoad: before ${load0}; after ${loadLine()}\n${SIZE} people, ${ROUNDS} interleaved rounds (browser steps: wall ms; scoring: CPU ms of one call, 60 interleaved calls)\n`);
  console.log('| step | before: min / median | after: min / median | after ÷ before (min) | (median) |\n| --- | ---: | ---: | ---: | ---: |');
  const row = (name: string, b: number[], a: number[]) => {
    const f = (x: number) => x.toFixed(x < 100 ? 1 : 0);
    console.log(`| ${name} | ${f(Math.min(...b))} / ${f(median(b))} | ${f(Math.min(...a))} / ${f(median(a))} | ${(Math.min(...a) / Math.min(...b)).toFixed(2)}× | ${(median(a) / median(b)).toFixed(2)}× |`);
  };
  row('scoring (computeInfluence, CPU)', cpu.before, cpu.after);
  if (ROUNDS > 0) for (const s of STEPS) row(s, runs.before.map((r) => r[s]), runs.after.map((r) => r[s]));
}

await main();
