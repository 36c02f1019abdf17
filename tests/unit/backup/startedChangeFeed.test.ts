// The service the main process registers (startApp's) tells dispatch what each edit changed, as the
// bare app's does: the renderer's undo button and derived views hear of edits from it. That holds for
// an edit made while the deferred file check still runs (it waits, then answers with its change).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInBackground } from '../../../electron/db/checkInBackground';
import { openApp } from '../../../electron/service/app';
import { startApp } from '../../../electron/service/backupsStartup';
import { manualClock } from '../../../electron/service/clock';
import { dispatch } from '../../../shared/ipc/dispatch';

const WORKER = path.resolve(__dirname, '../../../electron/db/checkWorker.ts');
let dir: string;
let dbPath: string;
const opts = () => ({ dbPath, systemLocale: 'en-US', version: 'test', seedSample: false, clock: manualClock('2026-03-10T10:00:00.000Z') });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-feed-'));
  dbPath = path.join(dir, 'powermap.sqlite3');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function accountWithPerson(): Promise<{ accountId: string; personId: string }> {
  const app = openApp(opts());
  const account = await app.service.createAccount({ name: 'Kept Co' });
  const { person } = await app.service.createPerson({ accountId: account.id, name: 'Wang Li' });
  app.close();
  return { accountId: account.id, personId: person.id };
}

describe('started like the main process', () => {
  it('an edit answers with what it changed and the undo state', async () => {
    const { accountId, personId } = await accountWithPerson();
    const started = await startApp(opts());
    try {
      const edit = await dispatch(started.service, 'updatePerson', { id: personId, patch: { title: 'CFO' } });
      expect(edit.ok && edit.changed).toMatchObject({ accountId, entities: ['person'], undo: { undo: { messageKey: 'undo.label.personEdit', params: { name: 'Wang Li' } } } });
      // A read answers with no change.
      const read = await dispatch(started.service, 'getAccountMap', { accountId });
      expect(read.ok && 'changed' in read).toBe(false);
    } finally {
      started.close();
    }
  });

  it('an edit that waited for the deferred file check still answers with its change', async () => {
    const { accountId, personId } = await accountWithPerson();
    const started = await startApp({ ...opts(), checkInBackground: (file) => checkInBackground(file, { workerFile: WORKER }) });
    try {
      const edit = dispatch(started.service, 'updatePerson', { id: personId, patch: { title: 'CFO' } });
      await started.afterFirstPaint();
      const answered = await edit;
      expect(answered.ok && answered.changed).toMatchObject({ accountId, entities: ['person'] });
    } finally {
      started.close();
    }
  });
});
