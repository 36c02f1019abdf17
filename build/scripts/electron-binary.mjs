// Finds the Electron executable without require('electron') (which downloads it as a side effect),
// and downloads it through Electron's own installer when asked to.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const electronPackageDir = path.join(root, 'node_modules', 'electron');

export function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(electronPackageDir, 'package.json'), 'utf8')).version;
}

/** The executable inside an unpacked Electron, per platform (as electron/install.js writes path.txt). */
export function platformExecutable(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** { path } when an Electron executable is present, else { path: null, reason }. */
export function findElectronBinary(env = process.env) {
  const pathTxt = path.join(electronPackageDir, 'path.txt');
  const relative = fs.existsSync(pathTxt) ? fs.readFileSync(pathTxt, 'utf8').trim() : platformExecutable();
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative);
    return fs.existsSync(candidate)
      ? { path: candidate }
      : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist` };
  }
  const candidate = path.join(electronPackageDir, 'dist', relative);
  if (fs.existsSync(candidate)) return { path: candidate };
  return { path: null, reason: `no Electron executable at ${path.relative(root, candidate)} (it is downloaded on first use)` };
}

/** Runs Electron's installer (downloads from github.com); returns its error output on failure. */
export function downloadElectron() {
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [path.join(electronPackageDir, 'install.js')], { env, encoding: 'utf8', timeout: 10 * 60_000 });
  if (result.status === 0) return { ok: true };
  const text = `${result.stderr ?? ''}${result.stdout ?? ''}${result.error ? String(result.error) : ''}`;
  const firstLine = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? 'unknown error';
  return { ok: false, reason: firstLine };
}
