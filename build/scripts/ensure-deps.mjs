// First step of `npm start` and `npm test`: on a fresh clone, install the npm dependencies
// (`npm ci`) so that set-up is just the two commands. Only Node built-ins here: nothing is installed yet.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');

function needsInstall() {
  if (!existsSync(installed)) return 'node_modules is missing';
  if (statSync(lock).mtimeMs > statSync(installed).mtimeMs + 1000) return 'package-lock.json changed since the last install';
  return null;
}

const reason = needsInstall();
if (reason) {
  console.log(`setup: ${reason}; running npm ci (about a minute: better-sqlite3 compiles from source) …`);
  const env = { ...process.env };
  // node-gyp finds Node's headers under /usr on Debian's Node; elsewhere npm's default applies.
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('\nsetup: npm ci failed (see above). Powermap needs Node 20.19+ and a C++ toolchain for better-sqlite3 (python3, make, g++).');
    process.exit(result.status ?? 1);
  }
}
