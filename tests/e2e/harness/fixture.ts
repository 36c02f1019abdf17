// Playwright fixture: a temp SQLite file opened with the REAL service (openApp), bridged into the
// page as a frozen window.api with exactly the contract's methods (harness/bridge.ts: JSON strings).
// Only the IPC transport is swapped.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type OpenedApp } from '../../../electron/service/app';
import { startApp, type StartedApp } from '../../../electron/service/backupsStartup';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { ServiceImpl } from '../../../shared/ipc/api';
import type { Clock } from '../../../electron/service/clock';
import { harnessPlatform, type HarnessPlatform } from './platform';
import { bridgeApi } from './bridge';

export interface PowermapOptions {
  /** The operating system's locale the service reports (decides the sample's language and the UI default). */
  systemLocale: string;
  /** Create the sample account on first open (default true). */
  seedSample: boolean;
  /** Injected clock for the service; null = system clock. */
  clock: Clock | null;
  /**
   * Start the way the main process does (startApp: backups, recovery mode for a damaged file,
   * too-new refusal) instead of plain openApp (default false).
   */
  startLikeMain: boolean;
}

export interface Powermap {
  /** The live service (changes after restartService). Call it directly to check what was written. */
  readonly service: ServiceImpl;
  /** The open app: `store` for raw reads in assertions (throws while startLikeMain is in recovery mode). */
  readonly app: OpenedApp;
  /** With startLikeMain: what startApp returned (status(), app()); null otherwise. */
  readonly started: StartedApp | null;
  readonly dbPath: string;
  /** Loads the app page (with the ?e2e test hook) and waits until it has rendered (the accounts pane, or the recovery screen when not started ok). */
  open(): Promise<void>;
  /**
   * Closes the service, reopens it on the same file, reloads the page. `beforeStart` runs on the
   * closed file first (e.g. damage it, to see startLikeMain's recovery screen).
   */
  restartService(options?: { beforeStart?: (dbPath: string) => void | Promise<void> }): Promise<void>;
  /** Calls the service through the same dispatch as the page; throws on an error envelope. */
  call<T = unknown>(method: string, input?: unknown): Promise<T>;
  /** window.alert/confirm/prompt or `alert(1)` calls seen in the page; must stay empty. */
  readonly dialogs: string[];
  /** Uncaught page errors; must stay empty. */
  readonly pageErrors: string[];
  /** console.error messages (CSP violations show up here). */
  readonly consoleErrors: string[];
  /** The save dialog stand-in: files land in a temp folder (see harness/platform.ts). */
  readonly platform: HarnessPlatform;
  /** Every contract call the page made, by method name, in order (clear it with `calls.length = 0`). */
  readonly calls: string[];
  /**
   * Holds the page's NEXT call to `method`: it is run when asked but answers only once the returned
   * release() is called; later calls answer at once. For testing late answers.
   */
  hold(method: string): () => void;
}

export const test = base.extend<PowermapOptions & { powermap: Powermap }>({
  systemLocale: ['en-US', { option: true }],
  seedSample: [true, { option: true }],
  clock: [null, { option: true }],
  startLikeMain: [false, { option: true }],
  powermap: async ({ page, systemLocale, seedSample, clock, startLikeMain }, use, testInfo) => {
    const dir = mkdtempSync(join(tmpdir(), 'powermap-e2e-'));
    const dbPath = join(dir, 'powermap.db');
    const platform = harnessPlatform(page, join(dir, 'exports'));
    const openOpts = { dbPath, systemLocale, version: '0.0.0-e2e', seedSample, platform, ...(clock ? { clock } : {}) };
    // Both modes behind one shape: `service` is stable across recovery; `opened()` is the open app or null.
    type Running = { service: ServiceImpl; opened(): OpenedApp | null; started: StartedApp | null; close(): void };
    const run = async (): Promise<Running> => {
      if (startLikeMain) {
        const s = await startApp(openOpts);
        return { service: s.service, opened: () => s.app(), started: s, close: () => s.close() };
      }
      const a = openApp(openOpts);
      return { service: a.service, opened: () => a, started: null, close: () => a.close() };
    };
    let app = await run();
    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    const pageStacks: string[] = [];
    page.on('pageerror', (e) => {
      pageErrors.push(e.message);
      pageStacks.push((e.stack ?? e.message).split('\n').slice(0, 6).join('\n    '));
    });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    const calls: string[] = [];
    const holds = new Map<string, Promise<void>>();
    await bridgeApi(page, () => app.service, {
      onCall: (method) => calls.push(method),
      holdFor: (method) => {
        const held = holds.get(method);
        holds.delete(method);
        return held;
      },
    });

    const powermap: Powermap = {
      get service() {
        return app.service;
      },
      get app() {
        const opened = app.opened();
        if (!opened) throw new Error('the database is not open (startLikeMain in recovery or refused mode)');
        return opened;
      },
      get started() {
        return app.started;
      },
      dbPath,
      dialogs,
      pageErrors,
      consoleErrors,
      platform,
      calls,
      hold(method) {
        let release!: () => void;
        holds.set(method, new Promise<void>((r) => (release = r)));
        return release;
      },
      async open() {
        await page.goto('/?e2e=1');
        await waitForStart(page, app);
      },
      async restartService(options = {}) {
        app.close();
        await options.beforeStart?.(dbPath);
        app = await run();
        await page.reload();
        await waitForStart(page, app);
      },
      async call<T>(method: string, input: unknown = {}) {
        const env = await dispatch(app.service, method as never, input);
        if (!env.ok) throw new Error(`${method} failed: ${JSON.stringify(env.error)}`);
        return env.value as T;
      },
    };
    await use(powermap);
    // A failed test says what the page threw and logged as errors (a blank app is a crash: say which).
    if (testInfo.status !== testInfo.expectedStatus && pageErrors.length + consoleErrors.length > 0) {
      await testInfo.attach('page errors', { body: [...pageStacks.map((e) => `pageerror: ${e}`), ...consoleErrors.map((e) => `console.error: ${e}`)].join('\n'), contentType: 'text/plain' });
      console.log(`[${testInfo.title}] page errors:\n  ${[...pageStacks, ...consoleErrors].join('\n  ')}`);
    }
    app.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

/** The recovery screen (startLikeMain on a damaged or too-new file) or the app. */
async function waitForStart(page: Page, running: { started: StartedApp | null }): Promise<void> {
  if (running.started && running.started.status().status !== 'ok') await expect(page.locator('main.recovery')).toBeVisible();
  else await waitForApp(page);
}

/** The app has rendered once the accounts pane is there. */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator('aside.accounts-pane')).toBeVisible();
}

export { expect };
