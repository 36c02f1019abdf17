// Runs test-only child processes over the real main-process code: the child entry is bundled once
// with esbuild (as the app's main process is, better-sqlite3 left to node_modules) and started with
// plain Node, so each start costs tens of milliseconds instead of a TypeScript loader's second.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

/** Bundles tests/unit/db/children/<name>.ts into a temp folder inside the repo (so better-sqlite3 resolves); returns its path. */
export async function bundleChild(name: string): Promise<{ file: string; cleanup: () => void }> {
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, 'test-results', `child-${name}-`));
  const file = path.join(dir, `${name}.cjs`);
  await esbuild.build({
    entryPoints: [path.join(root, 'tests/unit/db/children', `${name}.ts`)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    logLevel: 'warning',
  });
  return { file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface Child {
  proc: ChildProcessWithoutNullStreams;
  /** Every complete stdout line so far, parsed as JSON. */
  lines: unknown[];
  /** Resolves with the next line that satisfies pred (already received or future). */
  next(pred: (line: unknown) => boolean): Promise<unknown>;
  /** Resolves when the process has exited (after stdout is fully read). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

export function startChild(file: string, args: string[] = []): Child {
  const proc = spawn(process.execPath, [file, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: unknown[] = [];
  const waiters: Array<{ pred: (line: unknown) => boolean; resolve: (line: unknown) => void }> = [];
  let buffered = '';
  let err = '';
  const settle = () => {
    for (const w of [...waiters]) {
      const hit = lines.find(w.pred);
      if (hit !== undefined) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(hit);
      }
    }
  };
  proc.stdout.setEncoding('utf8');
  proc.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    // A line cut by SIGKILL mid-write has no newline and is never counted.
    for (const part of parts) if (part.trim()) lines.push(JSON.parse(part));
    settle();
  });
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    proc,
    lines,
    exited,
    stderr: () => err,
    next(pred) {
      return new Promise((resolve, reject) => {
        waiters.push({ pred, resolve });
        settle();
        void exited.then(() => reject(new Error(`child exited before the expected line; stderr: ${err.slice(-2000)}`)));
      });
    },
  };
}
