// Committing an import of 2,000 and 20,000 people (with their reports-to lines) through the real
// service on a real file: how long it takes and the longest time it kept the main process's event
// loop from turning (the commit writes in slices, electron/service/imports.ts). Baseline: the same
// people and lines written by the store's repositories in one plain transaction (no history, no
// rules, no undo step), in the same run. Run alone: node --import tsx tests/bench/importCommit.ts
// (BENCH_IMPORT_SIZES=2000 for one size).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkpointInBackground } from '../../electron/db/checkpointInBackground';
import { openApp, type OpenedApp } from '../../electron/service/app';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Input, Method, Result } from '../../shared/ipc/contract';
import { longestBlock } from './longestBlock';

export interface ImportCommitRow {
  rows: number;
  ms: number;
  blockMs: number;
  baselineMs: number;
  nextEditMs: number;
}

const WORKER = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../electron/db/checkpointWorker.ts');

async function call<M extends Method>(app: OpenedApp, method: M, input: Input<M>): Promise<Result<M>> {
  const env = await dispatch(app.service, method, input);
  if (!env.ok) throw new Error(`${method}: ${JSON.stringify(env.error)}`);
  return env.value;
}

function csv(n: number): string {
  const lines = ['name,title,reports to'];
  for (let i = 1; i <= n; i++) lines.push(`Person ${i},Title ${i % 7},${i === 1 ? '' : `Person ${Math.floor(i / 2)}`}`);
  return lines.join('\n') + '\n';
}

async function measure(dir: string, n: number): Promise<ImportCommitRow> {
  // As the main process opens it: the log left by the commit is copied into the file in a worker.
  const checkpoint = (file: string) => checkpointInBackground(file, { workerFile: WORKER });
  const app = openApp({ dbPath: path.join(dir, `import-${n}.db`), systemLocale: 'en-US', version: 'bench', seedSample: false, checkpointInBackground: checkpoint });
  const account = await call(app, 'createAccount', { name: `Import ${n}` });
  let progress = await call(app, 'startImport', { accountId: account.id, source: { fileName: 'people.csv', base64: Buffer.from(csv(n)).toString('base64') } });
  while (progress.phase === 'reading' || progress.phase === 'validating') {
    await new Promise((r) => setTimeout(r, 20));
    progress = await call(app, 'getImportProgress', { importId: progress.importId });
  }
  await call(app, 'previewImport', { importId: progress.importId });
  const commit = await longestBlock(() => call(app, 'commitImport', { importId: progress.importId }));
  if (commit.value.peopleCreated !== n) throw new Error(`imported ${commit.value.peopleCreated} of ${n}`);
  // The rep's next edit, right after: it must not pay for the import's checkpoint.
  const someone = (await call(app, 'getAccountMap', { accountId: account.id })).people[0]!;
  const t1 = performance.now();
  await call(app, 'updatePerson', { id: someone.id, patch: { title: 'Finance director' } });
  const nextEditMs = performance.now() - t1;

  // Baseline: the same rows, straight through the repositories, in one transaction.
  const map = await call(app, 'getAccountMap', { accountId: account.id });
  app.close();
  const raw = openApp({ dbPath: path.join(dir, `raw-${n}.db`), systemLocale: 'en-US', version: 'bench', seedSample: false });
  raw.store.accounts.insert({ ...map.account });
  const t0 = performance.now();
  raw.store.transaction(() => {
    for (const p of map.people) raw.store.people.insert(p);
    for (const r of map.relationships) raw.store.relationships.insert(r);
  });
  const baselineMs = performance.now() - t0;
  raw.close();
  return { rows: n, ms: commit.ms, blockMs: commit.blockMs, baselineMs, nextEditMs };
}

export async function runImportCommitBench(sizes: readonly number[]): Promise<ImportCommitRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-import-bench-'));
  try {
    const out: ImportCommitRow[] = [];
    for (const n of sizes) out.push(await measure(dir, n));
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printImportCommitBench(rows: readonly ImportCommitRow[]): void {
  const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;
  console.log('| people | commit (one transaction, in slices) | longest event-loop block | the next edit | repositories, one plain transaction | ratio | target |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    console.log(`| ${r.rows.toLocaleString('en-US')} | ${ms(r.ms)} | ${ms(r.blockMs)} | ${ms(r.nextEditMs)} | ${ms(r.baselineMs)} | ${(r.ms / r.baselineMs).toFixed(1)}× | block ≤ 100 ms |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printImportCommitBench(await runImportCommitBench((process.env.BENCH_IMPORT_SIZES ?? "2000,20000").split(",").map(Number)));
