// Builds better-sqlite3 for Electron's ABI into its OWN folder (.cache/electron-native/…), from a
// temporary copy of node_modules/better-sqlite3, so the Node build in node_modules — the one the
// tests load — is never touched. The main process loads it through better-sqlite3's nativeBinding.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sqliteDir = path.join(root, 'node_modules', 'better-sqlite3');
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

export function electronNativePath({ electronVersion, platform = process.platform, arch = process.arch }) {
  const sqliteVersion = JSON.parse(fs.readFileSync(path.join(sqliteDir, 'package.json'), 'utf8')).version;
  return path.join(root, '.cache', 'electron-native', electronVersion, `${platform}-${arch}`, `better-sqlite3-${sqliteVersion}`, 'better_sqlite3.node');
}

// Node's own headers must not leak in: with nodedir set (as the user npmrc here does, and npm
// exports it to scripts) node-gyp would build against Node instead of Electron.
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|runtime|target|disturl|dist_url)$/i.test(key)) delete env[key];
  }
  return env;
}

function run(command, args, cwd, log) {
  log(`electron-native: ${path.basename(command)} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, env: cleanEnv(), encoding: 'utf8', shell: process.platform === 'win32', timeout: 20 * 60_000 });
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}${result.error ? `\n${String(result.error)}` : ''}`;
  return { ok: result.status === 0, output };
}

/** Returns { path } of an Electron-ABI better_sqlite3.node, building it once; or { path: null, reason }. */
export function ensureElectronNative({ electronVersion, platform = process.platform, arch = process.arch, log = console.log }) {
  const target = electronNativePath({ electronVersion, platform, arch });
  if (fs.existsSync(target)) return { path: target, built: false };

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-sqlite-electron-'));
  try {
    const copy = path.join(work, 'better-sqlite3');
    fs.cpSync(sqliteDir, copy, { recursive: true, filter: (src) => !src.startsWith(path.join(sqliteDir, 'build')) });
    // Node resolves node-gyp's and prebuild-install's own dependencies from the project.
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    const electronArgs = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${arch}`];

    // A published prebuilt for this Electron is quickest and needs no compiler; fall back to compiling.
    const prebuilt = run(bin('prebuild-install'), [...electronArgs, `--platform=${platform}`, '--verbose'], copy, log);
    let reason = '';
    if (!(prebuilt.ok && fs.existsSync(built)) && platform !== process.platform) {
      reason = `no prebuilt better-sqlite3 for Electron ${electronVersion} on ${platform}-${arch}, and it cannot be compiled from ${process.platform}: package for ${platform} on a ${platform} machine.\n  ${summarise(prebuilt.output)}`;
    } else if (!(prebuilt.ok && fs.existsSync(built))) {
      const compiled = run(bin('node-gyp'), ['rebuild', '--release', ...electronArgs, '--dist-url=https://electronjs.org/headers'], copy, log);
      if (!(compiled.ok && fs.existsSync(built))) reason = summarise(compiled.output);
    }
    if (reason) return { path: null, reason };
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(built, target);
    return { path: target, built: true };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The lines of node-gyp's output that say what went wrong. */
function summarise(output) {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  const interesting = lines.filter((l) => /gyp ERR!|error|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|fetch failed|getaddrinfo/i.test(l));
  return (interesting.length ? interesting : lines).slice(0, 6).join('\n  ');
}

// CLI (used by the Electron test setup): prints the path of the Electron-ABI build, building it once.
if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  const { electronVersion } = await import('./electron-binary.mjs');
  const native = ensureElectronNative({ electronVersion: electronVersion(), log: (line) => console.error(line) });
  if (!native.path) {
    console.error(`better-sqlite3 could not be prepared for Electron: ${native.reason}`);
    process.exit(1);
  }
  console.log(native.path);
}
