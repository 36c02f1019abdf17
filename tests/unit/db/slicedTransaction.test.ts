// One write transaction in slices: the event loop turns between slices, the rows commit together or
// not at all, nested transactions inside become savepoints, and one cannot start inside another.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { transactionInSlices } from '../../../electron/db/slicedTransaction';

function db() {
  const d = new Database(':memory:');
  d.exec('CREATE TABLE t (n INTEGER PRIMARY KEY)');
  return d;
}
const count = (d: Database.Database) => (d.prepare('SELECT count(*) AS c FROM t').get() as { c: number }).c;

describe('transactionInSlices', () => {
  it('commits every row, giving the event loop a turn between slices', async () => {
    const d = db();
    const insert = d.prepare('INSERT INTO t (n) VALUES (?)');
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const result = await transactionInSlices(
      d,
      function* () {
        for (let i = 0; i < 200; i++) {
          insert.run(i);
          const until = performance.now() + 0.5; // half a millisecond per row: 100 ms in all
          while (performance.now() < until);
          yield;
        }
        return 'done';
      },
      { sliceMs: 10 },
    );
    clearInterval(timer);
    expect(result).toBe('done');
    expect(count(d)).toBe(200);
    expect(d.inTransaction).toBe(false);
    expect(turns).toBeGreaterThan(2);
  });

  it('rolls back everything when a row throws after several slices, and rethrows', async () => {
    const d = db();
    const insert = d.prepare('INSERT INTO t (n) VALUES (?)');
    const run = transactionInSlices(
      d,
      function* () {
        for (let i = 0; i < 100; i++) {
          insert.run(i);
          if (i === 90) insert.run(0); // a duplicate key
          yield;
        }
      },
      { sliceMs: 0 },
    );
    await expect(run).rejects.toThrow(/UNIQUE/);
    expect(count(d)).toBe(0);
    expect(d.inTransaction).toBe(false);
  });

  it('turns a nested transaction into a savepoint of its own', async () => {
    const d = db();
    const insert = d.prepare('INSERT INTO t (n) VALUES (?)');
    await transactionInSlices(
      d,
      function* () {
        insert.run(1);
        yield;
        expect(() => d.transaction(() => (insert.run(2), insert.run(1)))()).toThrow(/UNIQUE/);
        yield;
        d.transaction(() => insert.run(3))();
      },
      { sliceMs: 0 },
    );
    expect((d.prepare('SELECT n FROM t ORDER BY n').all() as Array<{ n: number }>).map((r) => r.n)).toEqual([1, 3]);
  });

  it('refuses to start inside an open transaction, changing nothing', async () => {
    const d = db();
    d.exec('BEGIN');
    await expect(
      // eslint-disable-next-line require-yield -- refused before its first row
      transactionInSlices(d, function* () {
        d.exec('INSERT INTO t (n) VALUES (1)');
      }),
    ).rejects.toThrow(/inside another transaction/);
    d.exec('ROLLBACK');
    expect(count(d)).toBe(0);
  });
});
