// Fast start-up (startApp with checkInBackground): a cleanly closed file opens without its whole-file
// check; the check runs after first paint in a worker thread, then the daily backup; until the check
// has passed no write reaches the file, and a damaged file ends in recovery mode byte for byte as found.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../../electron/db/backup';
import { canCheckLater } from '../../../electron/db/checkLater';
import { checkInBackground } from '../../../electron/db/checkInBackground';
import type { FileCheck } from '../../../electron/db/checkFile';
import { openApp } from '../../../electron/service/app';
import { startApp } from '../../../electron/service/backupsStartup';
import { manualClock } from '../../../electron/service/clock';
import { dispatch } from '../../../shared/ipc/dispatch';
import { writeDamagedDb } from '../db/damagedFile';

const WORKER = path.resolve(__dirname, '../../../electron/db/checkWorker.ts');
const fallbacks: string[] = [];
const inWorker = (file: string) => checkInBackground(file, { workerFile: WORKER, onFallback: (why) => fallbacks.push(why) });
let dir: string;
let dbPath: string;
const opts = () => ({ dbPath, systemLocale: 'en-US', version: 'test', seedSample: false, clock: manualClock('2026-03-10T10:00:00.000Z') });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-deferred-'));
  dbPath = path.join(dir, 'powermap.sqlite3');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  fallbacks.length = 0;
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function cleanFile(): Promise<void> {
  const app = openApp(opts());
  await app.service.createAccount({ name: 'Kept Co' });
  app.close();
}

describe('fast start-up: the integrity check after first paint', () => {
  it('opens a cleanly closed file without checking it, then checks it in a worker and takes the daily backup', async () => {
    await cleanFile();
    expect(canCheckLater(dbPath)).toBe(true);
    const check = vi.fn(inWorker);
    const started = await startApp({ ...opts(), checkInBackground: check });
    try {
      expect(started.status()).toEqual({ status: 'ok' });
      expect(check).not.toHaveBeenCalled();
      expect(listBackups(dbPath)).toEqual([]);
      // Reads answer before the check.
      const list = await dispatch(started.service, 'listAccounts', {});
      expect(list.ok && list.value.map((a) => a.name)).toEqual(['Kept Co']);
      expect(check).not.toHaveBeenCalled();
      expect(await started.afterFirstPaint()).toEqual({ status: 'ok' });
      expect(check).toHaveBeenCalledTimes(1);
      expect(fallbacks).toEqual([]); // it ran in the worker thread
      expect(listBackups(dbPath).map((b) => b.reason)).toEqual(['daily']);
      expect((await dispatch(started.service, 'createAccount', { name: 'After' })).ok).toBe(true);
    } finally {
      started.close();
    }
  });

  it('a damaged file: writes wait for the check and are refused, the file stays byte for byte as found, recovery mode', async () => {
    await writeDamagedDb(dbPath, 'wal');
    expect(canCheckLater(dbPath)).toBe(true);
    const damaged = fs.readFileSync(dbPath);
    const started = await startApp({ ...opts(), checkInBackground: inWorker });
    try {
      expect(started.status()).toEqual({ status: 'ok' }); // not known yet
      // A write asked for before the check finished waits for it, then is refused.
      const write = dispatch(started.service, 'createAccount', { name: 'Must not land' });
      const after = await started.afterFirstPaint();
      expect(after.status).toBe('corrupt');
      expect(fallbacks).toEqual([]);
      const refused = await write;
      expect(refused.ok === false && refused.error.messageKey).toBe('error.backup.recoveryMode');
      expect(listBackups(dbPath)).toEqual([]); // no daily backup of a damaged file
      expect(fs.readFileSync(dbPath).equals(damaged)).toBe(true);
      const status = await dispatch(started.service, 'getStartupStatus', {});
      expect(status.ok && status.value.status).toBe('corrupt');
    } finally {
      started.close();
    }
    expect(fs.readFileSync(dbPath).equals(damaged)).toBe(true);
  });

  it('after an unclean shutdown (a write-ahead log left beside the file) the check runs first, as before', async () => {
    await writeDamagedDb(dbPath, 'wal-with-log');
    expect(canCheckLater(dbPath)).toBe(false);
    const check = vi.fn(async (): Promise<FileCheck> => ({ version: 0, problems: [] }));
    const started = await startApp({ ...opts(), checkInBackground: check });
    try {
      expect(started.status().status).toBe('corrupt');
      expect(check).not.toHaveBeenCalled();
    } finally {
      started.close();
    }
  });

  it('a check that cannot run counts as a problem: the file is not written', async () => {
    await cleanFile();
    const before = fs.readFileSync(dbPath);
    const started = await startApp({ ...opts(), checkInBackground: () => Promise.reject(new Error('disk unreadable')) });
    try {
      const write = dispatch(started.service, 'createAccount', { name: 'Must not land' });
      expect((await started.afterFirstPaint()).status).toBe('corrupt');
      expect((await write).ok).toBe(false);
    } finally {
      started.close();
    }
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('refuses to defer for a file not yet in WAL mode, with a pending migration, or new', async () => {
    expect(canCheckLater(dbPath)).toBe(false); // no file
    await cleanFile();
    const fd = fs.openSync(dbPath, 'r+');
    fs.writeSync(fd, Buffer.from([1, 1]), 0, 2, 18); // rollback journal mode
    fs.closeSync(fd);
    expect(canCheckLater(dbPath)).toBe(false);
    fs.writeFileSync(dbPath, Buffer.alloc(0));
    expect(canCheckLater(dbPath)).toBe(false);
    await cleanFile();
    expect(canCheckLater(dbPath, 99)).toBe(false);
  });
});
