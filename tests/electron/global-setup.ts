// When Electron is present: build the app and prepare the Electron-ABI better-sqlite3 once, and hand
// its path to the specs. When it is not: say so loudly; the specs skip themselves with the reason.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, SKIP_PREFIX } from './electronBinary';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default function globalSetup(): void {
  const electron = findElectronBinary();
  if (!electron.path) {
    console.log(`\n[electron specs] SKIPPED — ${SKIP_PREFIX}${electron.reason}\n`);
    return;
  }
  execFileSync(process.execPath, [path.join(root, 'build/scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (!process.env.POWERMAP_SQLITE_BINDING) {
    const out = execFileSync(process.execPath, [path.join(root, 'build/scripts/electron-native.mjs')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.env.POWERMAP_SQLITE_BINDING = out.trim().split('\n').pop();
  }
}
