// One fuzz run's world: a fresh app over a real SQLite file in a temp folder (the same service
// createService builds for IPC), a fake save-dialog platform, a manual clock, and what the run has
// learned (real ids read from the file before each step, import ids, exported account files).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { listBackups } from '../../../../electron/db/backup';
import type { PlatformPort } from '../../../../electron/service/files';
import { localDay } from '../../../../electron/service/clock';
import type { Method } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../shared/ipc/dispatch';
import type { Envelope } from '../../../../shared/ipc/errors';
import { openTestApp, type TestApp } from '../../service/helpers';

export interface Pools {
  accounts: string[];
  peopleByAccount: Map<string, string[]>;
  relationships: string[];
  snapshots: string[];
  backups: string[];
  today: string;
}

export interface World {
  app: TestApp;
  importIds: string[];
  accountFiles: string[];
  /** Accounts deleted so far: undo can bring them back. */
  deletedAccounts: string[];
  pools(): Pools;
  /** The one way a call is made: a structured clone of the input (as IPC delivers it) into dispatch. */
  call(method: Method, input: unknown): Promise<Envelope<unknown>>;
}

let n = 0; // across runs, so every run sees cancels and failures at different calls

/** Save dialogs that answer at once: a path, sometimes a cancel, sometimes a failure. */
export function fakePlatform(): PlatformPort {
  return {
    async saveFile(request) {
      n++;
      if (n % 7 === 0) return null;
      if (n % 11 === 0) throw new Error('EACCES: permission denied (fake)');
      return { path: `/fake/${request.fileName}` };
    },
    async printPageToPdf() {
      if (++n % 13 === 0) throw new Error('print failed (fake)');
      return new TextEncoder().encode('%PDF-1.7 fake');
    },
    async copyImage() {
      if (++n % 9 === 0) throw new Error('clipboard busy (fake)');
    },
  };
}

// A RAM-backed folder when the machine has one: thousands of durable (fsync'd) writes per run.
const RAM_DIR = '/dev/shm';
const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function runDbPath(): string {
  const base = fs.existsSync(RAM_DIR) ? RAM_DIR : os.tmpdir();
  const dir = fs.mkdtempSync(path.join(base, 'powermap-fuzz-'));
  roots.push(dir);
  return path.join(dir, 'powermap.sqlite3');
}

export function openWorld(): World {
  const app = openTestApp({ platform: fakePlatform(), dbPath: runDbPath() });
  const db = () => app.context.store.db; // the live store: a restore swaps it
  const world: World = {
    app,
    importIds: [],
    accountFiles: [],
    deletedAccounts: [],
    pools() {
      const people = db().prepare('SELECT id, account_id AS accountId FROM people ORDER BY rowid').all() as Array<{ id: string; accountId: string }>;
      const peopleByAccount = new Map<string, string[]>();
      for (const p of people) peopleByAccount.set(p.accountId, [...(peopleByAccount.get(p.accountId) ?? []), p.id]);
      const ids = (sql: string) => (db().prepare(sql).all() as Array<{ id: string }>).map((r) => r.id);
      return {
        accounts: ids('SELECT id FROM accounts ORDER BY rowid'),
        peopleByAccount,
        relationships: ids('SELECT id FROM relationships ORDER BY rowid'),
        snapshots: ids('SELECT id FROM snapshots ORDER BY rowid'),
        backups: listBackups(app.dbPath).map((b) => b.name),
        today: localDay(app.clock.now()),
      };
    },
    async call(method, input) {
      const env = await dispatch(app.service, method, structuredClone(input));
      if (env.ok && method === 'startImport') world.importIds.push((env.value as { importId: string }).importId);
      if (env.ok && method === 'deleteAccount') world.deletedAccounts.push((input as { id: string }).id);
      if (env.ok && method === 'exportAccountJson') world.accountFiles.push((env.value as { json: string }).json);
      return env;
    },
  };
  return world;
}

/** Two accounts with people, relationships, a snapshot and a backup, so valid inputs have real ids to use. */
export async function seed(world: World): Promise<void> {
  const must = async (method: Method, input: unknown) => {
    const env = await world.call(method, input);
    if (!env.ok) throw new Error(`seed ${method}: ${JSON.stringify(env.error)}`);
    return env.value as { id?: string; person?: { id: string } };
  };
  for (const name of ['Acme 贝乐', 'Other Co']) {
    const account = await must('createAccount', { name });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await must('createPerson', { accountId: account.id, name: `${name} P${i}`, stance: i % 2 ? 'ally' : 'neutral' })).person!.id);
    await must('createRelationship', { accountId: account.id, fromId: ids[1], toId: ids[0], type: 'reports-to' });
    await must('createRelationship', { accountId: account.id, fromId: ids[2], toId: ids[1], type: 'influences', strength: 2 });
    await must('createSnapshot', { accountId: account.id, name: 'before visit' });
    await must('exportAccountJson', { accountId: account.id });
    const csv = `Name,Title,Reports to\n${name} New,CEO,\n${name} Newer,CFO,${name} New\n`;
    await must('startImport', { accountId: account.id, source: { fileName: 'people.csv', base64: Buffer.from(csv).toString('base64') } });
  }
  await must('createBackup', {});
  world.app.clock.advanceDays(1);
}
