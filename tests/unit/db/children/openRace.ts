// Child process for openRace.test.ts: for each stdin line {"round", "dbPath"} it opens the app on
// that file the way the main process does (openDatabase, migrations, the sample account on first
// open), closes it, and answers one stdout line {"round", "ok"} or {"round", "ok": false, "error"}.
import readline from 'node:readline';
import { openApp } from '../../../../electron/service/app';

const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

readline.createInterface({ input: process.stdin }).on('line', (text) => {
  const { round, dbPath } = JSON.parse(text) as { round: number; dbPath: string };
  try {
    const app = openApp({ dbPath, systemLocale: 'en-US', version: 'race', seedSample: true });
    app.close();
    say({ round, ok: true });
  } catch (err) {
    const e = err as { code?: unknown; message?: unknown };
    say({ round, ok: false, error: `${String(e.code ?? '')} ${String(e.message ?? err)}` });
  }
});
say({ ready: true });
