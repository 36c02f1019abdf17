// electron-builder afterPack hook: puts an Electron-ABI better_sqlite3.node into the packaged app's
// resources/native/, where electron/main.ts looks for it. electron-builder's own rebuild is off
// (npmRebuild: false) because it would rebuild node_modules/better-sqlite3 in place for Electron
// and break the Node build the tests use.
import fs from 'node:fs';
import path from 'node:path';
import { electronVersion } from './electron-binary.mjs';
import { ensureElectronNative } from './electron-native.mjs';

// builder-util's Arch enum, by value.
const ARCH = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export default async function afterPack(context) {
  const platform = context.electronPlatformName;
  const arch = ARCH[context.arch] ?? String(context.arch);
  const native = ensureElectronNative({ electronVersion: electronVersion(), platform, arch });
  if (!native.path) throw new Error(`Powermap packaging: better-sqlite3 for ${platform}-${arch} is not available.\n  ${native.reason}`);
  const resources =
    platform === 'darwin' || platform === 'mas'
      ? path.join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`, 'Contents', 'Resources')
      : path.join(context.appOutDir, 'resources');
  const target = path.join(resources, 'native', 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(native.path, target);
  console.log(`  • Powermap: better-sqlite3 for Electron (${platform}-${arch}) → ${path.relative(context.appOutDir, target)}`);
}
