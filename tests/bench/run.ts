// npm run bench: big-account performance of the map (issue 3, points 6–7), Powermap beside bare
// Cytoscape on the same synthetic graph in the same browser run, then the history series bench.
// Options (env): BENCH_SIZES=100,500 to pick sizes; BENCH_SHOTS=dir to save a PNG of each layout;
// BENCH_BARE=0 skips the bare baseline (quick local runs; its column then repeats Powermap's).
// The history series and visits benches also run alone: node --import tsx tests/bench/{series,visits}.ts
// Then the edit-to-pixels section (tests/bench/editPixels.ts: stance change and Ctrl+Z in the built app at 25 and 2,000 people),
// then tests/bench/scale.ts: the e2e bridge, the spreading pass, start-up by file size, history at 20,000 (BENCH_BIG=0 skips the biggest).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Browser } from '@playwright/test';
import { loadLine, machineLine } from './machine';
import { serveStatic } from './serve';
import { measureServiceOpen } from './serviceOpen';
import { formatTable, type Row } from './table';
import { heapMB } from './heap';

type Variant = 'powermap' | 'bare';
type Layout = 'org-chart' | 'influence-network' | 'rings';
interface Step {
  ms: number;
  longestTaskMs: number;
}
interface Measured {
  scoringMs: number;
  open: Step;
  firstRender: Step;
  panZoom: { meanMs: number; worstMs: number };
  layouts: Record<Layout, Step>;
  heapMB: number;
}
interface BenchApi {
  prepare(size: number, v: Variant): { scoringMs: number };
  open(): Promise<Step>;
  firstRender(): Promise<Step>;
  layout(name: Layout): Promise<Step>;
  panZoom(): Promise<{ meanMs: number; worstMs: number }>;
  png(): string;
}

const repo = fileURLToPath(new URL('../..', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '100,500,1000,2000').split(',').map(Number);
const SHOTS = process.env.BENCH_SHOTS;
const LAYOUTS: Layout[] = ['org-chart', 'rings', 'influence-network'];
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function measure(browser: Browser, url: string, size: number, variant: Variant): Promise<Measured> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page ${variant} ${size}]`, e.message));
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  const { scoringMs } = await page.evaluate(([n, v]) => (window as unknown as { bench: BenchApi }).bench.prepare(n, v), [size, variant] as const);
  // Opening is cheap to repeat: median of 3 (with that run's longest task) steadies a noisy machine.
  const median3 = async (run: () => Promise<Step>): Promise<Step> => {
    const steps = [await run(), await run(), await run()].sort((a, b) => a.ms - b.ms);
    return steps[1] as Step;
  };
  const open = await median3(() => page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.open()));
  const firstRender = await median3(() => page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.firstRender()));
  const panZoom = await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.panZoom());
  const layouts = {} as Record<Layout, Step>;
  for (const name of LAYOUTS) {
    layouts[name] = await page.evaluate((l) => (window as unknown as { bench: BenchApi }).bench.layout(l), name);
    if (SHOTS) {
      const png = await page.evaluate(() => (window as unknown as { bench: BenchApi }).bench.png());
      fs.mkdirSync(SHOTS, { recursive: true });
      fs.writeFileSync(path.join(SHOTS, `${size}-${variant}-${name}.png`), Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64'));
    }
  }
  const heap = await heapMB(page);
  await context.close();
  return { scoringMs, open, firstRender, panZoom, layouts, heapMB: heap };
}

function rows(size: number, ours: Measured, bare: Measured, serviceMs: number): Row[] {
  const step = (label: string, a: Step, b: Step, target?: string): Row => ({ size, label, ours: a.ms, bare: b.ms, oursTask: a.longestTaskMs, bareTask: b.longestTaskMs, unit: 'ms', target });
  return [
    { size, label: 'scoring (computeInfluence)', ours: ours.scoringMs, bare: null, unit: 'ms' },
    { size, label: 'getAccountMap from SQLite (service, Node)', ours: serviceMs, bare: null, unit: 'ms' },
    step('open with saved positions', ours.open, bare.open, size >= 2000 ? '≤ 1,000 ms' : undefined),
    step('first render', ours.firstRender, bare.firstRender),
    step('org chart (bare: breadthfirst)', ours.layouts['org-chart'], bare.layouts['org-chart'], size >= 2000 ? '≤ 1,500 ms, freeze ≤ 200' : undefined),
    step('influence network (bare: fcose default)', ours.layouts['influence-network'], bare.layouts['influence-network'], size >= 2000 ? '≤ 1,500 ms, freeze ≤ 200' : undefined),
    step('rings (bare: concentric)', ours.layouts.rings, bare.layouts.rings, size >= 2000 ? '≤ 1,500 ms, freeze ≤ 200' : undefined),
    { size, label: 'pan/zoom frame, mean / worst', ours: ours.panZoom.meanMs, bare: bare.panZoom.meanMs, oursWorst: ours.panZoom.worstMs, bareWorst: bare.panZoom.worstMs, unit: 'ms' },
    { size, label: 'renderer JS heap', ours: ours.heapMB, bare: bare.heapMB, unit: 'MB', target: size >= 2000 ? '< 300 MB' : undefined },
  ];
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = loadLine();
  const outDir = path.join(repo, 'dist/bench');
  await build({
    configFile: false,
    root: path.join(repo, 'tests/bench/page'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'chrome130', chunkSizeWarningLimit: 4000 },
    worker: { format: 'es' },
  });
  const serviceOpen = await measureServiceOpen(SIZES);
  const server = await serveStatic(outDir);
  const browser = await chromium.launch({ executablePath: process.env.POWERMAP_CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  const table: Row[] = [];
  try {
    for (const size of SIZES) {
      const ours = await measure(browser, server.url, size, 'powermap');
      const bare = process.env.BENCH_BARE === '0' ? ours : await measure(browser, server.url, size, 'bare');
      table.push(...rows(size, ours, bare, serviceOpen.get(size) ?? NaN));
      process.stderr.write(`  measured ${size} people (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }
    console.log(`\n## Map benchmark (npm run bench)\n\nMachine: ${machineLine(browser.version())}\nLoad: before ${loadBefore}; after ${loadLine()}\n`);
    console.log(formatTable(table));
    console.log(
      '\nPowermap = the renderer’s layout engine (org chart and rings on the UI thread, influence network = fcose in a Web Worker, draft quality above 300 people), its stylesheet and big-graph settings. ' +
        'Bare = Cytoscape defaults (default stylesheet and options; fcose default quality, animation off). Times run to the first painted frame (open and first render: median of 3); "open" in the app = the service row + the open row; "freeze" = longest main-thread long task in the step (0 = none ≥ 50 ms). Heap = main thread after GC (the layout worker’s heap is separate).',
    );
  } finally {
    await browser.close();
    await server.close();
  }

  const seriesPath = './series';
  const series = (await import(seriesPath).catch(() => null)) as { runSeriesBench?: () => unknown; printSeriesBench?: (rows: never) => void } | null;
  if (series?.runSeriesBench) {
    console.log('\n## History series benchmark (tests/bench/series.ts)\n');
    const result = await series.runSeriesBench();
    if (series.printSeriesBench) series.printSeriesBench(result as never);
    else console.log(result);
  } else console.log('\n(tests/bench/series.ts not found: history series benchmark skipped)');
  const { runVisitsBench, printVisitsBench } = await import('./visits');
  console.log('\n## Visits benchmark (tests/bench/visits.ts; run alone: node --import tsx tests/bench/visits.ts)\n');
  printVisitsBench(runVisitsBench());
  const { runUndoBench } = await import('./undo');
  if (series?.printSeriesBench) {
    console.log('\n## Undo benchmark (tests/bench/undo.ts; run alone: node --import tsx tests/bench/undo.ts)\n');
    series.printSeriesBench(runUndoBench() as never);
  }
  const coachingPath = './coaching';
  const coaching = (await import(coachingPath).catch(() => null)) as { runCoachingBench?: () => unknown; printSeriesBench?: never } | null;
  if (coaching?.runCoachingBench && series?.printSeriesBench) {
    console.log('\n## Coaching benchmark (tests/bench/coaching.ts)\n');
    series.printSeriesBench(coaching.runCoachingBench() as never);
  }
  const { runPathsBench } = await import('./paths');
  if (series?.printSeriesBench) {
    console.log('\n## Paths to power benchmark (tests/bench/paths.ts; run alone: node --import tsx tests/bench/paths.ts)\n');
    series.printSeriesBench(runPathsBench() as never);
  }
  const { runEditPixelsBench, printEditPixelsBench } = await import('./editPixels');
  console.log('\n## Edit to pixels (tests/bench/editPixels.ts; the built app, run alone: node --import tsx tests/bench/editPixels.ts)\n');
  printEditPixelsBench(await runEditPixelsBench());
  const { runScaleBench } = await import('./scale');
  await runScaleBench();
  console.log(`\nTotal bench time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await main();
