// Is there an Electron executable on this machine? Checked on disk only — require('electron')
// from Node would try to download it (see electron/README.md). Mirrors build/scripts/electron-binary.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const electronDir = path.join(root, 'node_modules', 'electron');

function platformExecutable(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

export type ElectronBinary = { path: string; reason?: undefined } | { path: null; reason: string };

export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const pathTxt = path.join(electronDir, 'path.txt');
  const relative = fs.existsSync(pathTxt) ? fs.readFileSync(pathTxt, 'utf8').trim() : platformExecutable();
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative);
    return fs.existsSync(candidate) ? { path: candidate } : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist` };
  }
  const candidate = path.join(electronDir, 'dist', relative);
  if (fs.existsSync(candidate)) return { path: candidate };
  return {
    path: null,
    reason: `no executable at node_modules/electron/dist/${relative} and ELECTRON_OVERRIDE_DIST_PATH is not set (Electron downloads it on first launch, which needs github.com)`,
  };
}

export const SKIP_PREFIX = 'Electron binary not present on this machine: ';
