// Edit to pixels (issue 11, point 9): the built app in Chromium, window.api bridged to the real
// service (the browser tests' JSON-string bridge), on the sample account (25 people) and a 2,000-person
// synthetic one. A stance change is made as the rep makes it — right-click the person, click a stance
// in the menu — and timed from that click event to the frame after the map's node carries the new
// stance; Ctrl+Z the same, from its keydown. Baseline in the same run: bare Cytoscape with the map's
// stylesheet and the same elements and positions (the bench page), one node.data('stance') change
// timed with the same clock. Each run changes and undoes, so the account ends as it began.
// Run alone: node --import tsx tests/bench/editPixels.ts  (BENCH_EDIT_SIZES=25,2000; BENCH_EDIT_RUNS=7)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Browser, type Page } from '@playwright/test';
import { openApp, type OpenedApp } from '../../electron/service/app';
import type { AccountMap, Stance } from '../../shared/domain/model';
import { bridgeApi } from '../e2e/harness/bridge';
import { UNTIL_PAINTED_JS, type UntilPainted } from './page/painted';
import { serveStatic } from './serve';
import { median, round2 } from './timing';
import { seedSyntheticAccount } from './seedAccount';

export interface EditPixelsRow {
  label: string;
  ms: number;
  baselineMs: number;
  target: number;
}

const repo = fileURLToPath(new URL('../..', import.meta.url));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const NAMES: Record<Stance, string> = { ally: 'Ally', supporter: 'Supporter', neutral: 'Neutral', skeptic: 'Skeptic', opponent: 'Opponent', unknown: 'Unknown' };
const PAGE_CLOCK = `window.__benchUntilPainted = ${UNTIL_PAINTED_JS};`;

type Win = { __benchUntilPainted: UntilPainted; __benchTimed?: Promise<number>; __powermapGraph?: { nodeStance(id: string): string | null; nodeIds(): string[]; nodeCount(): number; nodePosition(id: string): { x: number; y: number } | null; renderedPosition(id: string): { x: number; y: number } | null } };

/** The sample account (25) is there already; a bigger one is written as if typed in (seedAccount.ts). */
async function seed(app: OpenedApp, size: number): Promise<void> {
  if (size !== 25) seedSyntheticAccount(app, size);
}

/** Arms the page's clock: it starts at the next `event` (a click, or the Z of Ctrl+Z) and stops once `id` is drawn as `stance`. */
async function arm(page: Page, event: 'click' | 'keydown', id: string, stance: Stance): Promise<void> {
  // Text, not a function: tsx would wrap the inner arrow in a __name() helper the page does not have.
  await page.evaluate(`(() => {
    const w = window;
    w.__benchTimed = new Promise((resolve) => {
      const on = (e) => {
        if (e instanceof KeyboardEvent && e.key.toLowerCase() !== 'z') return;
        window.removeEventListener(${JSON.stringify(event)}, on, true);
        w.__benchUntilPainted(e.timeStamp, () => w.__powermapGraph?.nodeStance(${JSON.stringify(id)}) === ${JSON.stringify(stance)}).then(resolve);
      };
      window.addEventListener(${JSON.stringify(event)}, on, true);
    });
  })()`);
}
/** The armed clock's reading; fails after 20 s (the change never showed). */
const timed = (page: Page, what: string) =>
  page.evaluate((what) => Promise.race([(window as unknown as Win).__benchTimed!, new Promise<number>((_r, reject) => setTimeout(() => reject(new Error(`${what}: the map never showed it`)), 20_000))]), what);

/** A JS CPU profile of the page until the returned stop(file) (BENCH_EDIT_PROFILE=1: the first timed edit; open it in Chrome's DevTools). */
async function startProfile(page: Page): Promise<(file: string) => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async (file) => {
    const { profile } = await cdp.send('Profiler.stop');
    fs.writeFileSync(file, JSON.stringify(profile));
    await cdp.detach();
  };
}

/** The person nearest the map's centre (on screen, so the right-click lands on them). */
async function central(page: Page): Promise<string> {
  return page.evaluate(() => {
    const g = (window as unknown as Win).__powermapGraph!;
    const box = document.querySelector('.map-area')!.getBoundingClientRect();
    const far = g.nodeIds().map((id) => {
      const p = g.renderedPosition(id)!;
      return { id, d: Math.hypot(p.x - box.width / 2, p.y - box.height / 2) };
    });
    return far.sort((a, b) => a.d - b.d)[0]!.id;
  });
}

async function measureApp(browser: Browser, url: string, size: number, runs: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-edit-'));
  const app = openApp({ dbPath: path.join(dir, 'bench.db'), systemLocale: 'en-US', version: 'bench', seedSample: size === 25 });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    await seed(app, size);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[edit-to-pixels ${size}]`, e.message));
    await bridgeApi(page, () => app.service);
    await page.addInitScript(PAGE_CLOCK);
    await page.goto(`${url}?e2e=1`);
    await page.waitForFunction((n) => (window as unknown as Win).__powermapGraph?.nodeCount() === n, size, { timeout: 180_000 });
    await page.waitForTimeout(500);
    const id = await central(page);
    if (process.env.BENCH_EDIT_DEBUG) await page.screenshot({ path: `/tmp/bench-edit-${size}.png` });
    const [account] = await app.service.listAccounts({});
    const map = (await app.service.getAccountMap({ accountId: account!.id, layout: 'saved' })) as AccountMap;
    const person = map.people.find((p) => p.id === id)!;
    const edit: number[] = [];
    const undo: number[] = [];
    for (let i = -1; i < runs; i++) {
      const before = ((await page.evaluate((pid) => (window as unknown as Win).__powermapGraph!.nodeStance(pid), id)) ?? person.stance) as Stance;
      const next: Stance = before === 'ally' ? 'opponent' : 'ally';
      const at = await page.evaluate((pid) => {
        const p = (window as unknown as Win).__powermapGraph!.renderedPosition(pid)!;
        const box = document.querySelector('.map-area')!.getBoundingClientRect();
        return { x: box.x + p.x, y: box.y + p.y };
      }, id);
      await page.mouse.click(at.x, at.y, { button: 'right' });
      const menu = page.getByRole('menu', { name: `Actions for ${person.name}` });
      await menu.waitFor({ state: 'visible' });
      await arm(page, 'click', id, next);
      const profiling = process.env.BENCH_EDIT_PROFILE && i === 0 ? await startProfile(page) : null;
      await menu.getByRole('menuitemradio', { name: NAMES[next], exact: true }).click();
      const e = await timed(page, `stance ${next}`);
      if (profiling) await profiling(`/tmp/bench-edit-${size}.cpuprofile`);
      if (process.env.BENCH_EDIT_DEBUG) console.error(`  edit ${e.toFixed(1)} ms; focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`);
      await page.waitForTimeout(300); // the refresh after the answer settles
      await arm(page, 'keydown', id, before);
      await page.keyboard.press('Control+z');
      const u = await timed(page, `undo to ${before}`).catch(async (err: Error) => {
        await page.screenshot({ path: `/tmp/bench-edit-fail-${size}.png` });
        throw err;
      });
      await page.waitForTimeout(300);
      if (process.env.BENCH_EDIT_DEBUG) console.error(`  ${size} people, run ${i}: edit ${e.toFixed(1)} ms, undo ${u.toFixed(1)} ms`);
      if (i >= 0) {
        edit.push(e);
        undo.push(u);
      }
    }
    const positions = await page.evaluate(
      (ids) => ids.map((pid) => ({ personId: pid, ...(window as unknown as Win).__powermapGraph!.nodePosition(pid)! })),
      map.people.map((p) => p.id),
    );
    return { edit: median(edit), undo: median(undo), id, map: { ...map, positions } };
  } finally {
    await context.close();
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function measureBare(browser: Browser, url: string, map: AccountMap, id: string, runs: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => 'bench' in window);
    type Bench = { showAccount(m: AccountMap): void; restyle(id: string, s: Stance): Promise<number> };
    await page.evaluate((m) => (window as unknown as { bench: Bench }).bench.showAccount(m), map);
    await page.waitForTimeout(500);
    const xs: number[] = [];
    for (let i = -1; i < 2 * runs; i++) {
      const ms = await page.evaluate(({ pid, s }) => (window as unknown as { bench: Bench }).bench.restyle(pid, s), { pid: id, s: (i % 2 ? 'ally' : 'opponent') as Stance });
      if (i >= 0) xs.push(ms);
    }
    return median(xs);
  } finally {
    await context.close();
  }
}

export async function runEditPixelsBench(sizes = (process.env.BENCH_EDIT_SIZES ?? '25,2000').split(',').map(Number), runs = Number(process.env.BENCH_EDIT_RUNS ?? 7)): Promise<EditPixelsRow[]> {
  const out = path.join(repo, 'dist/bench-edit');
  await build({ configFile: path.join(repo, 'renderer/vite.config.ts'), logLevel: 'warn', build: { outDir: path.join(out, 'app'), minify: !process.env.BENCH_EDIT_PROFILE } });
  await build({ configFile: false, root: path.join(repo, 'tests/bench/page'), base: './', logLevel: 'warn', build: { outDir: path.join(out, 'page'), emptyOutDir: true, target: 'chrome130', chunkSizeWarningLimit: 4000 } });
  const appServer = await serveStatic(path.join(out, 'app'));
  const pageServer = await serveStatic(path.join(out, 'page'));
  const browser = await chromium.launch({ executablePath: process.env.POWERMAP_CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  const rows: EditPixelsRow[] = [];
  try {
    for (const size of sizes) {
      const ours = await measureApp(browser, appServer.url, size, runs);
      const bare = await measureBare(browser, pageServer.url, ours.map, ours.id, runs);
      const n = size.toLocaleString('en-US');
      const target = size >= 2000 ? 300 : 100;
      rows.push({ label: `${n} people: stance change from the map's menu (click → node restyled, next frame) vs bare Cytoscape node.data() restyle`, ms: round2(ours.edit), baselineMs: round2(bare), target });
      rows.push({ label: `${n} people: Ctrl+Z of that change (keydown → node restyled, next frame) vs the same bare restyle`, ms: round2(ours.undo), baselineMs: round2(bare), target });
    }
  } finally {
    await browser.close();
    await appServer.close();
    await pageServer.close();
  }
  return rows;
}

export function printEditPixelsBench(rows: readonly EditPixelsRow[]): void {
  console.log('| benchmark | median ms | baseline ms | ratio | target | verdict |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows) console.log(`| ${r.label} | ${r.ms} | ${r.baselineMs} | ${(r.ms / r.baselineMs).toFixed(1)}× | ≤ ${r.target} ms | ${r.ms <= r.target ? 'met' : 'NOT met'} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) printEditPixelsBench(await runEditPixelsBench());
