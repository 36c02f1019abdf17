// The whole app in Chromium for the bench: the built renderer served over HTTP, the real service on
// a temp SQLite file behind the browser tests' JSON-string bridge (like Electron's IPC, one string
// each way), the harness's save dialog stand-in, and a long-task observer in the page. `step` times
// one thing the rep does, from the action to the first frame painted after its answer, with the
// longest main-thread task meanwhile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { openApp, type OpenedApp } from '../../../electron/service/app';
import { orgChartLayout } from '../../../renderer/graph/layouts/orgChart';
import { toPositionList } from '../../../renderer/graph/layouts/types';
import { bridgeApi } from '../../e2e/harness/bridge';
import { harnessPlatform, type HarnessPlatform } from '../../e2e/harness/platform';
import type { SyntheticAccount } from '../syntheticAccount';
import { seedSyntheticAccount } from '../seedAccount';

export interface Step {
  ms: number;
  /** Longest main-thread task (≥ 50 ms) between the action and the frame after it; 0 if none. */
  longestTaskMs: number;
}

export interface AppSession {
  page: Page;
  app: OpenedApp;
  account: SyntheticAccount;
  platform: HarnessPlatform;
  step(act: () => Promise<unknown>, done: () => Promise<unknown>): Promise<Step>;
  close(): Promise<void>;
}

/** Opens the app on an account of `people` with saved positions (the org chart, as a past session left it). */
export async function openAppSession(browser: Browser, url: string, people: number): Promise<AppSession> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-app-'));
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[app ${people}]`, e.message));
  const platform = harnessPlatform(page, path.join(dir, 'exports'));
  const app = openApp({ dbPath: path.join(dir, 'bench.db'), systemLocale: 'en-US', version: 'bench', seedSample: false, platform });
  const account = seedSyntheticAccount(app, people);
  // A small second account ("A…" sorts first, so the app opens it at start): opening the big one is
  // then a real switch, timed from the click.
  const other = await app.service.createAccount({ name: 'A small account' });
  await app.service.createPerson({ accountId: other.id, name: 'Only One' });
  await app.service.savePositions({ accountId: account.account.id, layout: 'saved', positions: toPositionList(orgChartLayout(account)), undoable: false });
  await bridgeApi(page, () => app.service);
  await page.addInitScript(() => {
    const tasks: Array<{ start: number; end: number }> = [];
    (window as unknown as { __benchTasks: typeof tasks }).__benchTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${url}?e2e=1`);
  await page.getByRole('list', { name: 'Account list' }).waitFor({ timeout: 600_000 });

  const step = async (act: () => Promise<unknown>, done: () => Promise<unknown>): Promise<Step> => {
    const start = await page.evaluate(() => performance.now());
    await act();
    await done();
    return page.evaluate(
      (from) =>
        new Promise<Step>((resolve) =>
          requestAnimationFrame(() => {
            const end = performance.now();
            // Long-task entries arrive asynchronously: give them a moment.
            setTimeout(() => {
              const tasks = (window as unknown as { __benchTasks: Array<{ start: number; end: number }> }).__benchTasks;
              const longest = Math.max(0, ...tasks.filter((t) => t.end > from && t.start < end).map((t) => t.end - t.start));
              resolve({ ms: end - from, longestTaskMs: longest });
            }, 80);
          }),
        ),
      start,
    );
  };

  return {
    page,
    app,
    account,
    platform,
    step,
    async close() {
      await context.close();
      app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
