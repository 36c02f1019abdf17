// Two processes opening a brand-new database file at the same moment (two app windows launched
// together, or the app and a tool): both must open it, and the file must end up with exactly one
// copy of the schema and one sample account. Real child processes, released together each round.
// More rounds: OPEN_RACE_ROUNDS=200 npx vitest run --config tests/vitest.config.ts tests/unit/db/openRace.test.ts
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { openDatabase } from '../../../electron/db/open';
import { tempDir } from '../service/helpers';
import { bundleChild, startChild, type Child } from './children/spawn';

const ROUNDS = Number(process.env.OPEN_RACE_ROUNDS ?? 12);
const PROCESSES = 3;

let bundled: { file: string; cleanup: () => void };
let children: Child[] = [];
beforeAll(async () => {
  bundled = await bundleChild('openRace');
  children = Array.from({ length: PROCESSES }, () => startChild(bundled.file));
  await Promise.all(children.map((c) => c.next((l) => (l as { ready?: boolean }).ready === true)));
}, 60_000);
afterAll(() => {
  for (const c of children) c.proc.kill();
  bundled.cleanup();
});

type Answer = { round: number; ok: boolean; error?: string };

function schemaOf(file: string): { version: number; objects: unknown[]; integrity: unknown; accounts: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      objects: db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name").all(),
      integrity: db.pragma('integrity_check', { simple: true }),
      accounts: (db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

describe('two processes opening a brand-new file together', () => {
  it(`both (all ${PROCESSES}) open it, every round, and the schema is created once`, async () => {
    const reference = path.join(tempDir(), 'reference.sqlite3');
    openDatabase(reference).close();
    const expected = schemaOf(reference);
    const started = performance.now();
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dbPath = path.join(tempDir(), 'User Data', 'powermap.sqlite3');
      const answers = children.map((c) => c.next((l) => (l as Answer).round === round) as Promise<Answer>);
      // Released together: one write per child, back to back.
      for (const c of children) c.proc.stdin.write(`${JSON.stringify({ round, dbPath })}\n`);
      for (const a of await Promise.all(answers)) if (!a.ok) failures.push(`round ${round}: ${a.error}`);
      const got = schemaOf(dbPath);
      expect(got.version).toBe(LATEST_VERSION);
      expect(got.objects).toEqual(expected.objects);
      expect(got.integrity).toBe('ok');
      expect(got.accounts, `round ${round}: one sample account`).toBe(1);
      fs.rmSync(path.dirname(path.dirname(dbPath)), { recursive: true, force: true });
    }
    console.log(`open race: ${ROUNDS} rounds × ${PROCESSES} processes, ${failures.length} failed opens, ${Math.round(performance.now() - started)} ms`);
    expect(failures).toEqual([]);
    expect(children.map((c) => c.stderr())).toEqual(children.map(() => ''));
  }, 120_000);
});

describe('opening a file another process is writing in rollback-journal mode', () => {
  it('waits for it (the switch to WAL answers SQLITE_BUSY at once, without the busy timeout) and then opens', async () => {
    const holder = await bundleChild('holdWriteLock');
    try {
      const file = path.join(tempDir(), 'powermap.sqlite3');
      const setup = new Database(file);
      setup.exec('CREATE TABLE other_tool (note TEXT)');
      setup.close();
      const child = startChild(holder.file, [file, '400', '0']);
      await child.next((l) => (l as { locked?: boolean }).locked === true);
      const db = openDatabase(file);
      try {
        expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
        expect(db.prepare('SELECT note FROM other_tool').pluck().all()).toEqual(['written while the app opened the file']);
      } finally {
        db.close();
      }
      expect(await child.exited).toEqual({ code: 0, signal: null });
    } finally {
      holder.cleanup();
    }
  }, 60_000);
});
