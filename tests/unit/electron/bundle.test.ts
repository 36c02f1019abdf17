// The main process ships as one esbuild bundle (build/scripts/build.mjs). This bundles a small entry
// with the same settings and runs it in plain Node, so third-party code is exercised as shipped.
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { checkpointInBackground } from '../../../electron/db/checkpointInBackground';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { bundle, mainBundle } from '../../../build/scripts/build.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// Inside the repo, so the bundle resolves better-sqlite3 from node_modules as the app does.
mkdirSync(path.join(root, 'test-results'), { recursive: true });
const dir = mkdtempSync(path.join(root, 'test-results', 'bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the main-process bundle', () => {
  it('reads XLSX and GBK CSV and opens the database when bundled as shipped', async () => {
    await bundle(mainBundle({ entry: path.join(root, 'tests/fixtures/bundle/mainSideEntry.ts'), fileName: 'entry.cjs', dir }));
    const out = execFileSync(
      process.execPath,
      [path.join(dir, 'entry.cjs'), path.join(root, 'tests/fixtures/import/people-zh.xlsx'), path.join(root, 'tests/fixtures/import/people-zh-gbk.csv'), path.join(dir, 'db.sqlite3')],
      { cwd: root, encoding: 'utf8' },
    );
    const result = JSON.parse(out.trim().split('\n').pop()!) as {
      xlsx: { headers: string[]; rows: number };
      gbk: { headers: string[]; rows: number };
      accounts: Array<{ name: string; peopleCount: number }>;
    };
    expect(result.xlsx.headers).toContain('姓名');
    expect(result.xlsx.rows).toBeGreaterThan(0);
    expect(result.gbk.headers).toContain('姓名');
    expect(result.gbk.rows).toBeGreaterThan(0);
    expect(result.accounts.map((a) => a.name)).toContain('贝乐母婴连锁（华东）');
    expect(result.accounts[0]?.peopleCount).toBe(25);
  });

  it('the checkpoint worker, bundled as shipped, copies a log into its database file', async () => {
    await bundle(mainBundle({ entry: path.join(root, 'electron/db/checkpointWorker.ts'), fileName: 'checkpointWorker.cjs', dir }));
    const file = path.join(dir, 'wal.sqlite3');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE t (x TEXT)');
    const insert = db.prepare('INSERT INTO t (x) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run('x'.repeat(1000));
    })();
    const before = statSync(file).size;
    expect(await checkpointInBackground(file, { workerFile: path.join(dir, 'checkpointWorker.cjs') })).toBeNull();
    expect(statSync(file).size).toBeGreaterThan(before + 1_000_000);
    db.close();
  });

  it('requires nothing at run time but Node built-ins and better-sqlite3 (the app ships no other node_modules)', () => {
    const code = readFileSync(path.join(dir, 'entry.cjs'), 'utf8');
    const required = new Set([...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!));
    const allowed = (name: string) => name === 'better-sqlite3' || builtinModules.includes(name.replace(/^node:/, ''));
    expect([...required].filter((name) => !allowed(name))).toEqual([]);
  });
});
