// Shared set-up for store and service tests: a fresh temp folder per test, a real SQLite file,
// a manual clock, and sequential ids.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openApp, type OpenAppOptions, type OpenedApp } from '../../../electron/service/app';
import { manualClock, type ManualClock } from '../../../electron/service/clock';
import type { ServiceImpl } from '../../../shared/ipc/api';
import type { Input, Method, Result } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { ApiErrorPayload } from '../../../shared/ipc/errors';

const dirs: string[] = [];
const opened: OpenedApp[] = [];

afterEach(() => {
  for (const app of opened.splice(0)) app.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-test-'));
  dirs.push(dir);
  return dir;
}

export function tempDbPath(): string {
  return path.join(tempDir(), 'powermap.sqlite');
}

export interface TestApp extends OpenedApp {
  clock: ManualClock;
  dbPath: string;
}

/** Opens the app on a fresh (or the given) file; no sample account unless asked for. */
export function openTestApp(options: Partial<OpenAppOptions> & { clock?: ManualClock } = {}): TestApp {
  const clock = options.clock ?? manualClock('2026-03-10T10:00:00.000Z');
  const dbPath = options.dbPath ?? tempDbPath();
  let n = 0;
  const app = openApp({
    systemLocale: 'en-US',
    version: '0.1.0-test',
    seedSample: false,
    newId: () => `id-${String(++n).padStart(4, '0')}-${Math.random().toString(36).slice(2, 8)}`,
    ...options,
    dbPath,
    clock,
  });
  opened.push(app);
  return { ...app, clock, dbPath };
}

/** Calls through the same entry point as IPC and returns the value, failing the test on an error envelope. */
export async function call<M extends Method>(service: ServiceImpl, method: M, input: Input<M>): Promise<Result<M>> {
  const env = await dispatch(service, method, input);
  if (!env.ok) throw new Error(`${method} failed: ${JSON.stringify(env.error)}`);
  return env.value;
}

/** Calls through dispatch and returns the error payload, failing the test if the call succeeded. */
export async function callError(service: ServiceImpl, method: Method, input: unknown): Promise<ApiErrorPayload> {
  const env = await dispatch(service, method, input);
  if (env.ok) throw new Error(`${method} unexpectedly succeeded with ${JSON.stringify(env.value)}`);
  return env.error;
}

/** Row counts of every table, to prove a refused call wrote nothing. */
export function tableCounts(app: OpenedApp): Record<string, number> {
  const db = app.store.db;
  const out: Record<string, number> = {};
  for (const t of ['accounts', 'people', 'relationships', 'positions', 'settings', 'history']) {
    out[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  }
  return out;
}
