// The order of start-up, without Electron (main.ts passes the real pieces, tests pass fakes):
// 1. open the database fast (startApp with a background check: a cleanly closed file is not read
//    whole first), 2. register IPC, 3. create the window, 4. once it has painted: the deferred
//    integrity check in a worker thread, then the daily backup. The rep hears of the check only if
//    it finds something: the window reloads into the recovery screen (or, for a file from a newer
//    Powermap, the start-up failure dialog).
import type { ServiceImpl } from '../shared/ipc/api';
import { DatabaseTooNewError } from './db/errors';
import type { StartedApp } from './service/backupsStartup';

export interface StartupWindow {
  /** Calls `run` once, when the window has painted its first frame. */
  onFirstPaint(run: () => void): void;
  reload(): void;
}

export interface StartupSteps {
  dbPath: string;
  startApp(): Promise<StartedApp>;
  registerIpc(service: ServiceImpl): void;
  createWindow(): StartupWindow;
  /** A start-up the renderer cannot help with: tell the rep, quit. */
  fail(err: unknown): Promise<void>;
  log(message: string): void;
}

/** Runs start-up; resolves once the window exists, with the after-paint work still to come (`afterPaint`). */
export async function startUp(steps: StartupSteps): Promise<{ started: StartedApp; afterPaint: Promise<void> } | null> {
  let started: StartedApp;
  try {
    started = await steps.startApp();
  } catch (err) {
    await steps.fail(err);
    return null;
  }
  const status = started.status();
  if (status.status === 'too-new') {
    started.close();
    await steps.fail(new DatabaseTooNewError(steps.dbPath, status.fileVersion, status.knownVersion));
    return null;
  }
  if (status.status === 'corrupt') steps.log(`corrupt database, recovery mode: ${status.details.slice(0, 3).join('; ')}`);
  steps.registerIpc(started.service);
  const window = steps.createWindow();
  const afterPaint = new Promise<void>((resolve) => {
    window.onFirstPaint(() => {
      started
        .afterFirstPaint()
        .then(async (after) => {
          if (after.status === 'corrupt' && status.status === 'ok') {
            steps.log(`integrity check after start-up found damage, recovery mode: ${after.details.slice(0, 3).join('; ')}`);
            window.reload();
          } else if (after.status === 'too-new') await steps.fail(new DatabaseTooNewError(steps.dbPath, after.fileVersion, after.knownVersion));
        })
        .catch((err: unknown) => steps.log(`after start-up: ${err instanceof Error ? err.message : String(err)}`))
        .finally(resolve);
    });
  });
  return { started, afterPaint };
}
