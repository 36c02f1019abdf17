// `npm run build`: the renderer (vite) to dist/renderer, then the main process and the preload
// bundled as CommonJS to dist/electron. The preload is fully self-contained because a sandboxed
// preload can require nothing but 'electron'; the main bundle leaves electron and better-sqlite3
// (a native module) to the runtime.
import { builtinModules } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = path.join(root, 'dist', 'electron');
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// Electron 45 runs Node 22 and Chromium 140.
const bundle = ({ entry, fileName, external, target }) =>
  build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      target,
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      lib: { entry: path.join(root, entry), formats: ['cjs'], fileName: () => fileName },
      rollupOptions: { external, output: { exports: 'auto' } },
    },
  });

export async function buildAll({ log = console.log } = {}) {
  const started = Date.now();
  log('build: renderer → dist/renderer');
  await build({ configFile: path.join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  log('build: main process → dist/electron/main.cjs');
  await bundle({ entry: 'electron/main.ts', fileName: 'main.cjs', external: ['electron', 'better-sqlite3', ...nodeBuiltins], target: 'node22' });
  log('build: preload → dist/electron/preload.cjs');
  await bundle({ entry: 'electron/preload.ts', fileName: 'preload.cjs', external: ['electron'], target: 'chrome140' });
  log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildAll().catch((err) => {
    console.error(`build failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
