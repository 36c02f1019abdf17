// Property-based fuzzing of the whole IPC contract. Each run opens a fresh app over a real SQLite
// file, seeds two accounts, then makes random calls — every method in METHODS, with valid-shaped
// inputs built from the real ids in the file, mutations of them (wrong types, NaN/Infinity, huge or
// broken strings, `__proto__`/`constructor` keys, ids of the other account or of nothing) and plain
// junk — one at a time and in concurrent bursts (Promise.all, backups and restores included). Every
// input is structured-cloned and goes through `dispatch`, the very function electron/ipc.ts calls.
// Asserts: every failure is a typed error with words in the UI (never dispatch's raw-error fallback),
// every answer can cross IPC, every call answers (a step waits at most 15 s), and afterwards the
// file holds the invariants (fuzz/invariants.ts). Files live in /dev/shm when there is one: this test
// is about answers and consistency, not durability (tests/unit/db covers that), and fsync on a busy
// disk would cost most of its time.
//
// Environment:
//   FUZZ_RUNS=<n>   number of runs (default 80: about 7,500 calls, 5–20 s; each run makes 25–45 steps)
//   FUZZ_SEED=<n>   replay one fast-check seed (printed when a run fails)
//   FUZZ_COLLECT=1  do not stop at the first bad run: list every distinct problem found at the end
//   FUZZ_VERBOSE=1  also print the answers per method and the failures per method and message key
// e.g. `FUZZ_RUNS=1000 npx vitest run --config tests/vitest.config.ts tests/unit/contract/fuzz.test.ts`
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHODS } from '../../../shared/ipc/contract';
import { heavyOp, inputOf, op, type Op } from './fuzz/inputs';
import { describeValue } from './fuzz/junk';
import { invariantProblems } from './fuzz/invariants';
import { createTally } from './fuzz/tally';
import { openWorld, seed } from './fuzz/world';

const RUNS = Number(process.env.FUZZ_RUNS ?? 80);
const SEED = process.env.FUZZ_SEED === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(process.env.FUZZ_SEED);
const COLLECT = process.env.FUZZ_COLLECT === '1';
/** A step whose calls have not all answered by then is a failure (a call that never answers). */
const STEP_TIMEOUT_MS = 15_000;

const noAnswerWithin = (ms: number) => new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), ms).unref());

// A tick moves the clock, sometimes back (a rep fixing the computer's date).
type Step = { kind: 'call'; op: Op } | { kind: 'burst'; ops: Op[] } | { kind: 'tick'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: op.map((o) => ({ kind: 'call' as const, op: o })) },
  { weight: 4, arbitrary: fc.array(fc.oneof(op, heavyOp), { minLength: 2, maxLength: 12 }).map((ops) => ({ kind: 'burst' as const, ops })) },
  { weight: 1, arbitrary: fc.integer({ min: -2 * 86_400_000, max: 3 * 86_400_000 }).map((ms) => ({ kind: 'tick' as const, ms })) },
);

describe('contract fuzz', () => {
  it('every failure is typed, and the file keeps its invariants', async () => {
    const tally = createTally();
    const collected = new Set<string>();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 25, maxLength: 45 }), async (steps) => {
        runs++;
        const world = openWorld();
        const untyped: string[] = [];
        try {
          await seed(world);
          for (const s of steps) {
            if (s.kind === 'tick') {
              world.app.clock.advance(s.ms);
              continue;
            }
            const pools = world.pools();
            const ops = s.kind === 'burst' ? s.ops : [s.op];
            const inputs = ops.map((o) => inputOf(o, pools, world));
            const pending = new Set(ops.keys());
            const calls = Promise.all(ops.map((o, i) => world.call(o.method, inputs[i]).then((env) => (pending.delete(i), { o, env }))));
            const answers = await Promise.race([calls, noAnswerWithin(STEP_TIMEOUT_MS)]);
            if (answers === 'no answer') {
              untyped.push(...[...pending].map((i) => `${ops[i]!.method}: no answer within ${STEP_TIMEOUT_MS} ms to ${describeValue(inputs[i])}`));
              break;
            }
            for (const { o, env } of answers) {
              const reason = tally.record(o.method, env);
              if (reason) untyped.push(reason);
            }
          }
        } finally {
          world.app.close();
        }
        const problems = [...untyped, ...invariantProblems(world.app.dbPath)];
        if (COLLECT) for (const p of problems) collected.add(p.slice(0, 300));
        else expect(problems).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    console.log(`${tally.summary(runs, METHODS)} (FUZZ_SEED=${SEED})`);
    if (process.env.FUZZ_VERBOSE) console.log(tally.details());
    expect([...collected]).toEqual([]);
  }, Math.max(120_000, RUNS * 3_000));
});
