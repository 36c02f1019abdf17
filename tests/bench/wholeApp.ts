// Benchmark (issue 12, point 1): the whole app, not the bench page — the built renderer in Chromium
// with the real service behind the JSON-string bridge (tests/bench/app/session.ts), driven as a rep
// drives it: open the account, each layout (first time, then saved), each filter, search and select a
// person, wheel zooming at reading zoom, a stance edit, PNG at 2,400 and 4,096 px, SVG, the visit brief, and the heap after the session. Each row
// has its longest main-thread task and, where one exists, a baseline from the same run: bare
// Cytoscape open + fit and bare `cy.png({ full: true })` on the bench page, raw SQLite reads.
// Run alone: node --import tsx tests/bench/wholeApp.ts   (BENCH_APP_SIZES=2000,20000)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Browser, type ElementHandle, type Locator, type Page } from '@playwright/test';
import { serveStatic } from './serve';
import { openAppSession, type AppSession, type Step } from './app/session';
import { median, round2 } from './timing';
import { heapMB } from './heap';

export interface AppRow {
  people: number;
  label: string;
  ours: Step;
  baseline?: { label: string; ms: number };
  target?: string;
}

const repo = fileURLToPath(new URL('../..', import.meta.url));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LAYOUTS = [
  ['org-chart', 'Org chart'],
  ['influence-network', 'Network'],
  ['rings', 'Rings'],
] as const;

const graphVersion = (page: Page) => page.evaluate(() => window.__powermapGraph?.version() ?? -1);
const settled = (page: Page, after: number, timeout: number) =>
  page.waitForFunction(
    (v) => (window.__powermapGraph?.version() ?? -1) > v && !Array.from(document.querySelectorAll('[role=status]')).some((s) => /Laying out/.test(s.textContent ?? '')),
    after,
    { timeout, polling: 16 },
  );

const handle = async (locator: Locator): Promise<ElementHandle> => {
  const found = await locator.elementHandle({ timeout: 300_000 });
  if (!found) throw new Error(`not found: ${String(locator)}`);
  return found;
};

/** Polls a condition in Node (every 5 ms) until it holds. */
async function until(cond: () => boolean | Promise<boolean>, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * Zooms out and back in with the mouse wheel at reading zoom (10 notches each way; a drag could grab
 * a person): the longest gap between painted frames meanwhile and until the map settles.
 */
async function wheelZoom(page: Page): Promise<Step> {
  const box = await page.locator('.map-canvas').boundingBox();
  if (!box) throw new Error('no map');
  // A string, not a function: the bench runs under tsx, whose helper names inner functions with a
  // __name call the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__framesOn = true;
    const tick = (t) => {
      window.__frames.push(t);
      if (window.__framesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (const dy of [100, -100]) {
    for (let i = 0; i < 10; i++) {
      await page.mouse.wheel(0, dy);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(1000);
  }
  const gaps = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__framesOn = false;
    return w.__frames.slice(1).map((t, i) => t - w.__frames[i]!);
  });
  const worst = Math.max(0, ...gaps);
  return { ms: worst, longestTaskMs: worst };
}

/** Bare Cytoscape on the same account in the same browser: open + fit (median of 3) and full PNGs. */
async function bareBaselines(browser: Browser, benchUrl: string, people: number): Promise<{ open: number; png2400: number; png4096: number }> {
  const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  try {
    await page.goto(benchUrl);
    await page.waitForFunction(() => 'bench' in window);
    type Bench = { prepare(n: number, v: string): unknown; open(): Promise<Step>; pngFull(max: number): Step };
    await page.evaluate((n) => (window as unknown as { bench: Bench }).bench.prepare(n, 'bare'), people);
    const opens: number[] = [];
    for (let i = 0; i < 3; i++) opens.push((await page.evaluate(() => (window as unknown as { bench: Bench }).bench.open())).ms);
    const png = (max: number) => page.evaluate((m) => (window as unknown as { bench: Bench }).bench.pngFull(m).ms, max);
    return { open: median(opens), png2400: await png(2400), png4096: await png(4096) };
  } finally {
    await page.context().close();
  }
}

function rawReads(s: AppSession, runs = 5): number {
  const db = s.app.store.db;
  const id = s.account.account.id;
  const times: number[] = [];
  for (let i = -1; i < runs; i++) {
    const t = performance.now();
    db.prepare('SELECT * FROM people WHERE account_id = ?').raw().all(id);
    db.prepare('SELECT * FROM relationships WHERE account_id = ?').raw().all(id);
    db.prepare('SELECT * FROM positions WHERE account_id = ?').raw().all(id);
    if (i >= 0) times.push(performance.now() - t);
  }
  return median(times);
}

async function session(s: AppSession, people: number, bare: { open: number; png2400: number; png4096: number }, rows: AppRow[]): Promise<void> {
  const { page, step } = s;
  const big = people >= 20_000;
  const long = big ? 600_000 : 60_000;
  // Finding an element walks the page; beside 20,000 list rows that alone can take minutes.
  page.setDefaultTimeout(long);
  const row = (label: string, ours: Step, target?: string, baseline?: AppRow['baseline']) => rows.push({ people, label, ours, ...(target ? { target } : {}), ...(baseline ? { baseline } : {}) });
  const raw = rawReads(s);

  // Every element is found before the clock starts: Playwright's text and label lookups walk the whole
  // page (600 ms a poll beside a 2,000-row people list), which is the harness, not the app.
  const accountButton = await handle(page.getByRole('list', { name: 'Account list' }).getByRole('button', { name: new RegExp(s.account.account.name) }).first());
  // Start from the small account, whatever the app opened first.
  await page.getByRole('list', { name: 'Account list' }).getByRole('button', { name: /A small account/ }).first().click();
  await page.waitForFunction(() => window.__powermapGraph?.nodeCount() === 1, undefined, { timeout: long, polling: 16 });
  const open = await step(
    () => accountButton.click(),
    () => page.waitForFunction((n) => window.__powermapGraph?.nodeCount() === n, people, { timeout: long, polling: 16 }),
  );
  row('open the account (saved positions)', open, big ? '≤ 4,000 ms, no task > 500' : '≤ 1,000 ms, no task > 200', { label: 'bare Cytoscape open + fit', ms: bare.open });
  rows.push({ people, label: 'raw SQLite: read people, relationships, positions (baseline)', ours: { ms: raw, longestTaskMs: 0 } });

  const radio = (name: string) => handle(page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name }));
  for (const pass of ['first time', 'saved'] as const) {
    for (const [, name] of LAYOUTS) {
      const button = await radio(name);
      const before = await graphVersion(page);
      row(`layout: ${name} (${pass})`, await step(() => button.click(), () => settled(page, before, long)), big ? 'no task > 500' : undefined);
    }
    const mine = await radio('Mine');
    const before = await graphVersion(page);
    row(`layout: Mine (${pass === 'first time' ? 'back to saved' : 'again'})`, await step(() => mine.click(), () => settled(page, before, long)));
  }

  for (const filter of ['Support base only', 'Key people only']) {
    const box = await handle(page.getByLabel(filter));
    const shown = (on: boolean) => page.waitForFunction((v) => (document.querySelector('.filter-status') !== null) === v, on, { timeout: long, polling: 16 });
    row(`filter on: ${filter}`, await step(() => box.click(), () => shown(true)), big ? '≤ 300 ms, no task > 500' : '≤ 100 ms');
    row(`filter off: ${filter}`, await step(() => box.click(), () => shown(false)), big ? '≤ 300 ms, no task > 500' : '≤ 100 ms');
  }

  // Someone whose name nobody else has: at 20,000 synthetic people names repeat, and Enter opens the first
  // namesake (the 20,000-person stance edit then waited for a change on someone else, until it timed out).
  const nameCount = new Map<string, number>();
  for (const p of s.account.people) nameCount.set(p.name, (nameCount.get(p.name) ?? 0) + 1);
  const target = s.account.people.slice(Math.floor(people / 3)).find((p) => nameCount.get(p.name) === 1) ?? s.account.people[Math.floor(people / 3)]!;
  const search = await handle(page.getByRole('combobox', { name: 'Find a person' }));
  row(
    'search: type a name, first match shown',
    await step(
      () => search.fill(target.name),
      () => page.waitForFunction(() => document.querySelector('[role=listbox] [role=option]') !== null, undefined, { timeout: long, polling: 16 }),
    ),
  );
  const panel = page.locator('aside.right-panel');
  row(
    'select the match (Enter → map zoomed in on them, panel shows them)',
    await step(
      () => page.keyboard.press('Enter'),
      async () => {
        await panel.getByRole('heading', { level: 2 }).filter({ hasText: target.name }).waitFor({ timeout: long });
        await page.waitForFunction(() => (window.__powermapGraph?.zoom() ?? 0) >= 0.9, undefined, { timeout: long, polling: 16 });
      },
    ),
    big ? 'no task > 500' : undefined,
  );
  row('zoom out and in with the wheel at reading zoom: worst frame', await wheelZoom(page), big ? '≤ 50 ms' : undefined);
  const stance = target.stance === 'ally' ? 'Opponent' : 'Ally';
  const stanceValue = stance === 'Ally' ? 'ally' : 'opponent';
  await panel.getByLabel('Stance', { exact: true }).selectOption({ label: stance });
  const save = await handle(panel.getByRole('button', { name: 'Save changes' }));
  row(
    'edit a stance (Save → node restyled)',
    await step(
      () => save.click(),
      () => page.waitForFunction(([id, v]) => window.__powermapGraph?.nodeStance(id!) === v, [target.id, stanceValue], { timeout: long, polling: 16 }),
    ),
    big ? '≤ 300 ms, no task > 500' : undefined,
  );

  await page.getByRole('button', { name: /^Export$/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Export map' });
  await dialog.waitFor();
  for (const px of [2400, 4096] as const) {
    await dialog.getByRole('radio', { name: new RegExp(`${px} px`) }).check();
    const savePng = await handle(dialog.getByRole('button', { name: 'Save PNG…' }));
    const saved = s.platform.saved.length;
    // A refusal (a typed error in the dialog) ends the step too, and the row says so.
    const failed = () => page.evaluate(() => document.querySelector('.export-dialog .export-status.form-error')?.textContent ?? '');
    const png = await step(() => savePng.click(), () => until(async () => s.platform.saved.length > saved || (await failed()) !== '', long));
    const refusal = s.platform.saved.length > saved ? '' : await failed();
    row(
      `export PNG ${px} px${refusal ? ` — not saved: "${refusal}"` : ''}`,
      png,
      big ? 'no task > 500' : px === 2400 ? '≤ 1,000 ms, no task > 200' : undefined,
      { label: `bare cy.png({ full: true }) ${px} px`, ms: px === 2400 ? bare.png2400 : bare.png4096 },
    );
    await dialog.getByRole('button', { name: 'Save PNG…' }).and(page.locator(':enabled')).waitFor({ timeout: long });
  }
  const savedBefore = s.platform.saved.length;
  const saveSvg = await handle(dialog.getByRole('button', { name: 'Save SVG…' }));
  const refused = () => page.evaluate(() => /An SVG of this map/.test(document.querySelector('.export-dialog')?.textContent ?? ''));
  row(
    'export SVG (made, or refused up front)',
    await step(
      () => saveSvg.click(),
      () => until(async () => s.platform.saved.length > savedBefore || (await refused()), long),
    ),
    big ? '≤ 10 s, or refused ≤ 100 ms' : '≤ 10 s',
  );
  await dialog.getByRole('button', { name: 'Save SVG…' }).and(page.locator(':enabled')).waitFor({ timeout: long });
  const openBrief = await handle(dialog.getByRole('button', { name: 'Open visit brief…' }));
  const brief = await step(
    () => openBrief.click(),
    () => page.waitForFunction(() => document.querySelector('.brief[data-ready="true"]') !== null, undefined, { timeout: long, polling: 16 }),
  );
  // A map too thin for a page is left out, with the reason printed in its place: the row says so.
  const note = await page.evaluate(() => document.querySelector('.brief .brief-map-note')?.textContent ?? '');
  row(`visit brief (open → ready to save)${note ? ` — map left out: "${note}"` : ''}`, brief, big ? 'no task > 500' : '≤ 1,500 ms, no task > 200');
  rows.push({ people, label: 'renderer JS heap after the session (MB)', ours: { ms: round2(await heapMB(page)), longestTaskMs: 0 }, target: big ? '≤ 300 MB' : undefined });
}

export async function runWholeAppBench(sizes = (process.env.BENCH_APP_SIZES ?? '2000,20000').split(',').map(Number)): Promise<AppRow[]> {
  const appDir = path.join(repo, 'dist/bench-app');
  const benchDir = path.join(repo, 'dist/bench-bare');
  await build({ configFile: path.join(repo, 'renderer/vite.config.ts'), logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
  await build({ configFile: false, root: path.join(repo, 'tests/bench/page'), base: './', logLevel: 'warn', build: { outDir: benchDir, emptyOutDir: true, target: 'chrome130', chunkSizeWarningLimit: 4000 }, worker: { format: 'es' } });
  const appServer = await serveStatic(appDir);
  const benchServer = await serveStatic(benchDir);
  const browser = await chromium.launch({ executablePath: process.env.POWERMAP_CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  const rows: AppRow[] = [];
  try {
    for (const people of sizes) {
      const bare = await bareBaselines(browser, benchServer.url, people);
      const s = await openAppSession(browser, appServer.url, people);
      const measured: AppRow[] = [];
      try {
        await session(s, people, bare, measured);
      } catch (err) {
        // The rows measured so far are kept; the step that failed says so.
        measured.push({ people, label: `FAILED after the rows above: ${String(err instanceof Error ? err.message : err).split('\n')[0]}`, ours: { ms: NaN, longestTaskMs: NaN } });
      } finally {
        rows.push(...measured);
        await s.close();
      }
      process.stderr.write(`  whole app: ${people} people measured\n`);
    }
  } finally {
    await browser.close();
    await appServer.close();
    await benchServer.close();
  }
  return rows;
}

export function printWholeAppBench(rows: readonly AppRow[]): void {
  const ms = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');
  console.log('| people | step | Powermap ms | longest task ms | baseline | baseline ms | ratio | target |');
  console.log('| ---: | --- | ---: | ---: | --- | ---: | ---: | --- |');
  let last = 0;
  for (const r of rows) {
    const size = r.people === last ? '' : r.people.toLocaleString('en-US');
    last = r.people;
    const ratio = r.baseline ? `${(r.ours.ms / r.baseline.ms).toFixed(2)}×` : '';
    console.log(`| ${size} | ${r.label} | ${ms(r.ours.ms)} | ${ms(r.ours.longestTaskMs)} | ${r.baseline?.label ?? ''} | ${r.baseline ? ms(r.baseline.ms) : ''} | ${ratio} | ${r.target ?? ''} |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printWholeAppBench(await runWholeAppBench());
