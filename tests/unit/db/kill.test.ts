// Crash safety, tested: a child process writes through the real service (openDatabase, createService,
// dispatch) and is killed with SIGKILL at a random moment — during start-up and migration, mid-write,
// mid-checkpoint. After each kill the file is reopened with openDatabase as the app would:
// integrity_check must be ok, and the file must hold every acknowledged write (all of them, checked
// again after every later kill), plus at most the one write in flight, entirely or not at all.
// SIGKILL ends the process but keeps the operating system's page cache: this proves SQLite's
// transactions and our use of them, not the disk's behaviour on a power cut (synchronous=FULL is
// what covers that, and is checked in open.test.ts).
// Longer: KILL_RUNS=500 npx vitest run --config tests/vitest.config.ts tests/unit/db/kill.test.ts
// (KILL_SEED=<n> replays a run's kill moments and writes.)
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { tempDbPath } from '../service/helpers';
import { apply, diff, emptyState, matchFile, readState, type Write } from './children/killModel';
import { bundleChild, startChild } from './children/spawn';

const KILLS = Number(process.env.KILL_RUNS ?? 30);
const SEED = Number(process.env.KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));

let seed = SEED >>> 0 || 1;
const rand = () => {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 2 ** 32;
};

type Line = { t: 'ready' } | { t: 'intent' | 'ack'; seq: number; w: Write } | { t: 'refused'; seq: number };

let bundled: { file: string; cleanup: () => void };
beforeAll(async () => {
  bundled = await bundleChild('killWrites');
}, 60_000);
afterAll(() => bundled.cleanup());

describe('killed while writing', () => {
  it(`keeps the file sound and every acknowledged write, over ${KILLS} SIGKILLs (seed ${SEED})`, async () => {
    const file = tempDbPath();
    let expected = emptyState();
    let acknowledged = 0;
    let inFlightKept = 0;
    let earlyKills = 0;
    const started = performance.now();
    for (let run = 0; run < KILLS; run++) {
      const child = startChild(bundled.file, [file, String(run), String(Math.floor(rand() * 2 ** 31)), run % 2 ? '4' : 'default']);
      if (rand() < 0.2) {
        // Early: while the child starts, opens the file (recovering the last run's log) and migrates.
        earlyKills++;
        await sleep(rand() * 120);
      } else {
        await Promise.race([child.next((l) => (l as Line).t === 'ready'), child.exited]);
        await sleep(rand() * 250);
      }
      child.proc.kill('SIGKILL');
      const exit = await child.exited;
      expect(exit.signal, `run ${run}: the child stopped by itself: ${child.stderr().slice(-2000)}`).toBe('SIGKILL');

      const lines = child.lines as Line[];
      const done = new Set<number>();
      for (const l of lines) {
        if (l.t === 'ack') {
          expected = apply(expected, l.w);
          acknowledged++;
          done.add(l.seq);
        } else if (l.t === 'refused') done.add(l.seq);
      }
      const last = [...lines].reverse().find((l) => l.t === 'intent');
      const inFlight = last && last.t === 'intent' && !done.has(last.seq) ? last.w : null;

      const db = openDatabase(file);
      let found;
      try {
        expect(db.pragma('integrity_check', { simple: true }), `run ${run}`).toBe('ok');
        found = readState(db);
      } finally {
        db.close();
      }
      const matched = matchFile(expected, found, inFlight);
      expect(matched, `run ${run}: the file is not the acknowledged state (in flight: ${JSON.stringify(inFlight)}):\n${diff(expected, found).join('\n')}`).not.toBeNull();
      if (matched !== expected) inFlightKept++;
      expected = matched!;
    }
    const ms = Math.round(performance.now() - started);
    console.log(
      `kill test: ${KILLS} SIGKILLs (${earlyKills} during start-up), ${acknowledged} acknowledged writes checked after every later kill, ` +
        `${inFlightKept} in-flight writes found committed, ${expected.people.size} people in the file, ${ms} ms, seed ${SEED}`,
    );
    expect(acknowledged).toBeGreaterThan(KILLS);
  }, 180_000);
});
