// `npm run build`: the renderer (vite) to dist/renderer, then the main process and the preload
// bundled as CommonJS to dist/electron. The preload is fully self-contained because a sandboxed
// preload can require nothing but 'electron'; the main bundle leaves electron and better-sqlite3
// (a native module) to the runtime.
import { builtinModules } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { build } from 'vite';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = path.join(root, 'dist', 'electron');
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// Electron 45 runs Node 22 and Chromium 140. esbuild with platform 'node' for the main process: a
// browser-targeted bundler would pick packages' browser builds (exceljs's has no streaming reader).
// readable-stream (inside exceljs) asks for 'string_decoder/', which Node resolves in node_modules, not
// to the built-in; the packaged app ships no such folder, so point it at the built-in module.
const builtinWithSlash = {
  name: 'builtin-with-slash',
  setup(b) {
    b.onResolve({ filter: /^[a-z_]+\/$/ }, (args) =>
      builtinModules.includes(args.path.slice(0, -1)) ? { path: args.path.slice(0, -1), external: true } : undefined,
    );
  },
};

export const bundle = ({ entry, fileName, external, platform, target, dir = outDir }) =>
  esbuild.build({
    entryPoints: [path.isAbsolute(entry) ? entry : path.join(root, entry)],
    outfile: path.join(dir, fileName),
    bundle: true,
    platform,
    format: 'cjs',
    target,
    external,
    sourcemap: true,
    logLevel: 'warning',
    plugins: [builtinWithSlash],
  });

/** The main process's bundle settings (also used by tests/unit/electron/bundle.test.ts). */
export const mainBundle = ({ entry, fileName, dir }) => ({ entry, fileName, dir, external: ['electron', 'better-sqlite3', ...nodeBuiltins], platform: 'node', target: 'node22' });

export async function buildAll({ log = console.log } = {}) {
  const started = Date.now();
  log('build: renderer → dist/renderer');
  await build({ configFile: path.join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  log('build: main process → dist/electron/main.cjs');
  await bundle(mainBundle({ entry: 'electron/main.ts', fileName: 'main.cjs' }));
  log('build: integrity-check worker → dist/electron/checkWorker.cjs');
  await bundle(mainBundle({ entry: 'electron/db/checkWorker.ts', fileName: 'checkWorker.cjs' }));
  log('build: checkpoint worker → dist/electron/checkpointWorker.cjs');
  await bundle(mainBundle({ entry: 'electron/db/checkpointWorker.ts', fileName: 'checkpointWorker.cjs' }));
  log('build: preload → dist/electron/preload.cjs');
  await bundle({ entry: 'electron/preload.ts', fileName: 'preload.cjs', external: ['electron'], platform: 'browser', target: 'chrome140' });
  log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildAll().catch((err) => {
    console.error(`build failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
