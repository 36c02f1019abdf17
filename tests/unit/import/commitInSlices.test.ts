// Committing a big import in slices: the event loop turns while it writes, progress counts the rows,
// every other call waits for the end and then sees all of it or none of it, and a failure half-way
// writes nothing while an edit made meanwhile still lands.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { checkpointInBackground } from '../../../electron/db/checkpointInBackground';
import { dailyBackup } from '../../../electron/service/backupsStartup';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { AccountMap } from '../../../shared/domain/model';
import { call, callError, openTestApp, tableCounts, type TestApp } from '../service/helpers';
import { csvOf, fileSource, preview } from './helpers';

const ROWS = 3000;

/** An account with one person already in it, and a previewed import of ROWS more. */
async function ready(app: TestApp) {
  const account = await call(app.service, 'createAccount', { name: 'Bulk' });
  const { person: first } = await call(app.service, 'createPerson', { accountId: account.id, name: 'Already here', title: 'CFO' });
  const p = await preview(app.service, account.id, fileSource(csvOf(ROWS)));
  return { account, first, importId: p.importId };
}

/** Resolves once the commit has written some rows and has given the event loop a turn. */
async function writing(app: TestApp, importId: string): Promise<void> {
  for (;;) {
    await new Promise((r) => setImmediate(r));
    const progress = await call(app.service, 'getImportProgress', { importId });
    if (progress.phase === 'committing' && progress.processedRows > 0) return;
    if (progress.phase === 'committed') throw new Error('the commit ended before the test could call in between');
  }
}

/** Counts event-loop turns (setImmediate) until stopped. */
function turns() {
  let count = 0;
  let on = true;
  const tick = () => {
    if (!on) return;
    count++;
    setImmediate(tick);
  };
  setImmediate(tick);
  return { stop: () => ((on = false), count) };
}

describe('committing an import in slices', () => {
  it('lets the event loop turn while it writes, and progress counts the rows written', async () => {
    const app = openTestApp();
    const { importId } = await ready(app);
    const loop = turns();
    const committing = call(app.service, 'commitImport', { importId });
    const seen: number[] = [];
    for (;;) {
      await new Promise((r) => setImmediate(r));
      const progress = await call(app.service, 'getImportProgress', { importId });
      if (progress.phase !== 'committing') break;
      seen.push(progress.processedRows);
    }
    const result = await committing;
    const turned = loop.stop();
    expect(result).toMatchObject({ peopleCreated: ROWS, relationshipsCreated: ROWS - 1 });
    // A one-piece commit would give no turn at all and show no count between 0 and the total.
    expect(turned).toBeGreaterThan(2);
    expect(seen.some((n) => n > 0 && n < ROWS)).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('holds other calls back until it has committed: they see all of it, and an edit made meanwhile lands after it with its change', async () => {
    const app = openTestApp();
    const { account, first, importId } = await ready(app);
    const committing = call(app.service, 'commitImport', { importId });
    await writing(app, importId);
    const reading = call(app.service, 'getAccountMap', { accountId: account.id });
    const editing = dispatch(app.service, 'updatePerson', { id: first.id, patch: { title: 'Finance director' } });
    const map: AccountMap = await reading;
    expect(map.people).toHaveLength(ROWS + 1);
    await committing;
    const edited = await editing;
    expect(edited.ok).toBe(true);
    // The answer still says what the edit changed (the undo state rides with it).
    expect(edited.ok && edited.changed).toMatchObject({ accountId: account.id, entities: ['person'] });
    const after = await call(app.service, 'getAccountMap', { accountId: account.id });
    expect(after.people.find((p) => p.id === first.id)?.title).toBe('Finance director');
    // Two undo steps, the edit on top of the import: undoing twice leaves the account as it was.
    await call(app.service, 'undo', { accountId: account.id });
    await call(app.service, 'undo', { accountId: account.id });
    const undone = await call(app.service, 'getAccountMap', { accountId: account.id });
    expect(undone.people.map((p) => [p.name, p.title])).toEqual([['Already here', 'CFO']]);
  });

  it('writes nothing when a row fails half-way, and the edit made meanwhile still lands', async () => {
    const app = openTestApp();
    const { account, first, importId } = await ready(app);
    const before = tableCounts(app);
    const insert = app.store.people.insert.bind(app.store.people);
    let inserted = 0;
    app.store.people.insert = (p, rowid) => {
      if (++inserted === ROWS - 10) throw new Error('disk I/O error');
      insert(p, rowid);
    };
    const committing = callError(app.service, 'commitImport', { importId });
    await writing(app, importId);
    const editing = call(app.service, 'updatePerson', { id: first.id, patch: { title: 'Finance director' } });
    const err = await committing;
    expect(err.code).toBe('internal');
    expect(inserted).toBe(ROWS - 10); // it failed late, after several slices
    await editing;
    const after = await call(app.service, 'getAccountMap', { accountId: account.id });
    expect(after.people.map((p) => [p.name, p.title])).toEqual([['Already here', 'Finance director']]);
    const counts = tableCounts(app);
    expect({ ...counts, history: before.history }).toEqual(before); // the edit added one history row
    expect(counts.history).toBe((before.history ?? 0) + 1);
  });

  it('refuses a restore asked for while it writes, with a typed error', async () => {
    const app = openTestApp();
    const { importId } = await ready(app);
    const backup = await call(app.service, 'createBackup', {});
    const committing = call(app.service, 'commitImport', { importId });
    await writing(app, importId);
    const err = await callError(app.service, 'restoreBackup', { name: backup.name });
    expect(err).toMatchObject({ code: 'conflict', messageKey: 'error.backup.busy' });
    await expect(committing).resolves.toMatchObject({ peopleCreated: ROWS });
  });
});

describe('after a big sliced commit', () => {
  const WORKER = path.resolve(__dirname, '../../../electron/db/checkpointWorker.ts');

  it('copies the log into the file in a worker thread, with SQLite’s own checkpoint off until it has', async () => {
    let checkpointed: Promise<string | null> | null = null;
    let autoDuring: unknown = null;
    const app = openTestApp({
      checkpointInBackground: (file) => {
        autoDuring = app.store.db.pragma('wal_autocheckpoint', { simple: true });
        return (checkpointed = checkpointInBackground(file, { workerFile: WORKER }));
      },
    });
    const { account, importId } = await ready(app);
    const fileBefore = fs.statSync(app.store.path).size;
    await call(app.service, 'commitImport', { importId });
    expect(checkpointed).not.toBeNull();
    expect(await checkpointed).toBeNull(); // the worker did it
    expect(autoDuring).toBe(0);
    await new Promise((r) => setImmediate(r));
    expect(app.store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    // The imported rows are in the database file itself now, not only in its log.
    expect(fs.statSync(app.store.path).size).toBeGreaterThan(fileBefore + 500_000);
    const map = await call(app.service, 'getAccountMap', { accountId: account.id });
    expect(map.people).toHaveLength(ROWS + 1);
  });

  it('leaves the checkpoint to SQLite when the worker cannot run, and turns its own back on', async () => {
    let reason: string | null = null;
    const app = openTestApp({ checkpointInBackground: async (file) => (reason = await checkpointInBackground(file, { workerFile: '/nonexistent/worker.cjs' })) });
    const { importId } = await ready(app);
    await call(app.service, 'commitImport', { importId });
    await new Promise((r) => setImmediate(r));
    expect(reason).toMatch(/no worker file/);
    expect(app.store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});

describe('the daily backup and an import being written', () => {
  it('a daily backup asked for during the commit waits for it: the copy holds the whole import', async () => {
    const app = openTestApp();
    const { account, importId } = await ready(app);
    const committing = call(app.service, 'commitImport', { importId });
    await writing(app, importId);
    const backup = dailyBackup(app, app.store.path, new Date('2026-03-11T08:00:00.000Z'));
    await committing;
    const info = await backup;
    expect(info?.reason).toBe('daily');
    const copy = new Database(path.join(path.dirname(app.store.path), 'backups', info!.name), { readonly: true });
    try {
      expect((copy.prepare('SELECT count(*) AS n FROM people WHERE account_id = ?').get(account.id) as { n: number }).n).toBe(ROWS + 1);
    } finally {
      copy.close();
    }
  });
});
