// Backup test helpers: start the app the way the main process does (startApp), on a temp folder,
// closing everything after each test; and read a database file directly to compare contents.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { startApp, type StartAppOptions, type StartedApp } from '../../../electron/service/backupsStartup';
import { manualClock, type ManualClock } from '../../../electron/service/clock';
import { tempDir } from '../service/helpers';

const started: StartedApp[] = [];
afterEach(() => {
  for (const s of started.splice(0)) s.close();
});

export function freshDbPath(): string {
  return path.join(tempDir(), 'powermap.sqlite3');
}

export async function start(dbPath: string, clock: ManualClock, extra: Partial<StartAppOptions> = {}): Promise<StartedApp> {
  let n = 0;
  const s = await startApp({
    dbPath,
    clock,
    systemLocale: 'en-US',
    version: '0.1.0-test',
    seedSample: false,
    newId: () => `id-${++n}-${Math.random().toString(36).slice(2, 8)}`,
    ...extra,
  });
  started.push(s);
  return s;
}

export const clockAt = (iso: string): ManualClock => manualClock(iso);

/** Account names and people count of a database file, read directly (read-only). */
export function contentsOf(file: string): { accounts: string[]; people: number; history: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const accounts = (db.prepare('SELECT name FROM accounts ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
    const people = (db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n;
    const history = (db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
    return { accounts, people, history };
  } finally {
    db.close();
  }
}
