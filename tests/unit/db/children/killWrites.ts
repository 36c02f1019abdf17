// Child process for kill.test.ts: opens the database file with the real openDatabase and service,
// then writes through the service (the IPC entry point, dispatch) as fast as it can until it is
// killed. Before each write it prints {"t":"intent"} with what it is about to write, and after the
// call has returned (committed) {"t":"ack"} with the same write and the ids it got. Stdout is a pipe,
// which Node writes synchronously on Linux and macOS: a printed ack is in the parent's pipe before
// the next write starts. Arguments: <dbPath> <run> <seed> <walAutocheckpoint|default>.
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../../../electron/db/open';
import { createStore } from '../../../../electron/db/store';
import { systemClock } from '../../../../electron/service/clock';
import { createService } from '../../../../electron/service/index';
import { STANCES, type Stance } from '../../../../shared/domain/model';
import type { Method } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../shared/ipc/dispatch';
import type { Write } from './killModel';

const [dbPath, runArg, seedArg, checkpoint] = process.argv.slice(2) as [string, string, string, string];
const run = Number(runArg);
let seed = Number(seedArg) >>> 0 || 1;
const rand = () => {
  // xorshift32: the same seed replays the same writes.
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const store = createStore(openDatabase(dbPath), dbPath);
// Test amplification on some runs: checkpoint the log every few pages, so kills also land mid-checkpoint.
if (checkpoint !== 'default') store.db.pragma(`wal_autocheckpoint = ${Number(checkpoint)}`);
const service = createService({ store, clock: systemClock, newId: randomUUID, app: { version: 'kill-test', dbPath, systemLocale: 'en-US' } });

async function call(method: Method, input: unknown): Promise<unknown> {
  const env = await dispatch(service, method, input);
  if (!env.ok) throw new Error(`${method}: ${JSON.stringify(env.error)}`);
  return env.value;
}

let seq = 0;
async function write(w: Write, perform: () => Promise<Partial<Write>>): Promise<Write> {
  const n = ++seq;
  say({ t: 'intent', seq: n, w });
  const done = { ...w, ...(await perform()) } as Write;
  say({ t: 'ack', seq: n, w: done });
  return done;
}

async function main(): Promise<void> {
  say({ t: 'ready' });
  const account = await write({ k: 'account', name: `Run ${run}` }, async () => ({ id: ((await call('createAccount', { name: `Run ${run}` })) as { id: string }).id }));
  const accountId = account.id!;
  const people: string[] = [];
  for (let i = 0; ; i++) {
    const roll = rand();
    if (people.length < 2 || roll < 0.35) {
      const name = `r${run}-p${i}`;
      const stance = pick(STANCES);
      const notes = 'n'.repeat(Math.floor(rand() * rand() * 6000));
      const w = await write({ k: 'person', accountId, name, stance, notesLen: notes.length }, async () => {
        const r = (await call('createPerson', { accountId, name, stance, notes })) as { person: { id: string } };
        return { id: r.person.id };
      });
      people.push(w.id!);
    } else if (roll < 0.6) {
      const from = pick(people);
      const to = pick(people.filter((p) => p !== from));
      const type = pick(['influences', 'close-to', 'conflicts-with'] as const);
      // A pair already linked with this type is refused (and writes nothing); keep only fresh links.
      const w: Write = { k: 'rel', accountId, fromId: from, toId: to, type };
      try {
        await write(w, async () => ({ id: ((await call('createRelationship', { accountId, fromId: from, toId: to, type })) as { id: string }).id }));
      } catch (err) {
        if (!String(err).includes('conflict')) throw err;
        say({ t: 'refused', seq });
      }
    } else if (roll < 0.85) {
      const id = pick(people);
      const stance: Stance = pick(STANCES);
      await write({ k: 'stance', id, stance }, async () => (await call('updatePerson', { id, patch: { stance } }), {}));
    } else {
      const positions = people.map((personId) => ({ personId, x: Math.round(rand() * 2000), y: Math.round(rand() * 2000) }));
      await write({ k: 'pos', accountId, positions }, async () => (await call('savePositions', { accountId, layout: 'saved', positions }), {}));
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
