// `npm start`: build, make sure Electron and an Electron-ABI better-sqlite3 exist (each in its own
// place, downloaded/built once), then launch the app. Failures end in one clear paragraph.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { downloadElectron, electronVersion, findElectronBinary } from './electron-binary.mjs';
import { ensureElectronNative } from './electron-native.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

function fail(paragraph) {
  console.error(`\nnpm start: ${paragraph}\n`);
  process.exit(1);
}

async function main() {
  try {
    await buildAll();
  } catch (err) {
    fail(`the build failed, so there is nothing to launch: ${err instanceof Error ? err.message : String(err)}`);
  }

  const version = electronVersion();
  let electron = findElectronBinary();
  if (!electron.path && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    console.log(`start: downloading Electron ${version} (once) …`);
    const download = downloadElectron();
    electron = download.ok ? findElectronBinary() : { path: null, reason: download.reason };
  }
  if (!electron.path) {
    fail(
      `Powermap is built (dist/), but it cannot be launched on this machine because the Electron ${version} runtime ` +
        `is not installed and could not be downloaded (${electron.reason}). Electron fetches its binary from github.com ` +
        `the first time the app starts, so connect this machine to the internet and run \`npm start\` again, or set ` +
        `ELECTRON_OVERRIDE_DIST_PATH to the folder of an unpacked Electron ${version}. Everything else — \`npm test\`, ` +
        `including the browser end-to-end suite — works without it.`,
    );
  }

  console.log(`start: preparing better-sqlite3 for Electron ${version} (kept in .cache/electron-native; the Node build in node_modules is left alone)`);
  const native = ensureElectronNative({ electronVersion: version });
  if (!native.path) {
    fail(
      `Powermap is built and Electron is present, but better-sqlite3 could not be prepared for Electron ${version}'s ABI. ` +
        `No prebuilt binary was available and compiling needs Electron's headers from electronjs.org plus a C++ toolchain ` +
        `(python3, make, g++ on Linux; Xcode command-line tools on macOS; Visual Studio Build Tools on Windows). ` +
        `Check the internet connection and toolchain, then run \`npm start\` again. What went wrong:\n  ${native.reason}`,
    );
  }

  const env = { ...process.env, POWERMAP_SQLITE_BINDING: native.path };
  delete env.ELECTRON_RUN_AS_NODE;
  console.log(`start: launching ${electron.path}`);
  const child = spawn(electron.path, [root, ...process.argv.slice(2)], { stdio: 'inherit', env });
  child.on('error', (err) => fail(`Electron could not be started (${err.message}).`));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

void main();
