// Start-up order with fakes (electron/startupOrder.ts): the window exists before the integrity check
// and the daily backup begin; they begin only at first paint; the rep hears of the check only when
// it found something (the window reloads into the recovery screen, or the newer-file dialog).
import { describe, expect, it } from 'vitest';
import type { StartupStatus } from '../../../shared/import/backupTypes';
import type { ServiceImpl } from '../../../shared/ipc/api';
import type { StartedApp } from '../../../electron/service/backupsStartup';
import { startUp } from '../../../electron/startupOrder';

function fakes(after: StartupStatus, first: StartupStatus = { status: 'ok' }) {
  const events: string[] = [];
  let paint: (() => void) | null = null;
  const started: StartedApp = {
    service: {} as ServiceImpl,
    status: () => first,
    app: () => null,
    afterFirstPaint: async () => {
      events.push('check + daily backup');
      return after;
    },
    close: () => events.push('close'),
  };
  const steps = {
    dbPath: '/data/powermap.sqlite3',
    startApp: async () => {
      events.push('open database');
      return started;
    },
    registerIpc: () => events.push('register IPC'),
    createWindow: () => {
      events.push('create window');
      return {
        onFirstPaint: (run: () => void) => {
          paint = run;
        },
        reload: () => events.push('reload window'),
      };
    },
    fail: async (err: unknown) => {
      events.push(`fail: ${(err as Error).name}`);
    },
    log: () => undefined,
  };
  return { events, steps, paint: () => paint?.() };
}

describe('start-up order', () => {
  it('opens, registers IPC and creates the window; the check and the daily backup wait for first paint', async () => {
    const f = fakes({ status: 'ok' });
    const result = await startUp(f.steps);
    expect(f.events).toEqual(['open database', 'register IPC', 'create window']);
    await Promise.resolve();
    expect(f.events).not.toContain('check + daily backup');
    f.paint();
    await result!.afterPaint;
    expect(f.events).toEqual(['open database', 'register IPC', 'create window', 'check + daily backup']);
  });

  it('a damage found after first paint reloads the window into the recovery screen', async () => {
    const f = fakes({ status: 'corrupt', dbPath: '/data/powermap.sqlite3', details: ['page 7'], backups: [], latestGood: null });
    const result = await startUp(f.steps);
    f.paint();
    await result!.afterPaint;
    expect(f.events.slice(-2)).toEqual(['check + daily backup', 'reload window']);
  });

  it('a file from a newer Powermap found after first paint: the failure dialog', async () => {
    const f = fakes({ status: 'too-new', dbPath: '/data/powermap.sqlite3', fileVersion: 9, knownVersion: 5 });
    const result = await startUp(f.steps);
    f.paint();
    await result!.afterPaint;
    expect(f.events.at(-1)).toBe('fail: DatabaseTooNewError');
  });

  it('a file found damaged at open shows the recovery screen at once, without a reload', async () => {
    const corrupt: StartupStatus = { status: 'corrupt', dbPath: '/data/powermap.sqlite3', details: ['bad header'], backups: [], latestGood: null };
    const f = fakes(corrupt, corrupt);
    const result = await startUp(f.steps);
    f.paint();
    await result!.afterPaint;
    expect(f.events).not.toContain('reload window');
  });

  it('a newer file at open: no window, the failure dialog', async () => {
    const f = fakes({ status: 'ok' }, { status: 'too-new', dbPath: '/data/powermap.sqlite3', fileVersion: 9, knownVersion: 5 });
    expect(await startUp(f.steps)).toBeNull();
    expect(f.events).toEqual(['open database', 'close', 'fail: DatabaseTooNewError']);
  });
});
