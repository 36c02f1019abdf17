// Before the test suites: the browser end-to-end tests need Debian's Chromium, PDF tools and DejaVu
// (the one system font their Chromium sees, tests/e2e/harness/fonts.conf; the app ships its own faces).
// Installs what is missing when it can (root with apt-get, as in CI), else says exactly what to run.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!has('pdftotext') || !has('pdffonts')) missing.push('poppler-utils');
if (!has('xvfb-run')) missing.push('xvfb', 'xauth');
if (!existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf')) missing.push('fonts-dejavu-core');

if (missing.length > 0) {
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && has('apt-get')) {
    console.log(`setup: installing ${missing.join(', ')} for the browser tests …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 ? spawnSync('sh', ['-c', `${command} -qq`], { stdio: 'inherit', env }) : update;
    if (install.status !== 0) {
      console.error(`setup: could not install ${missing.join(', ')}; run \`${command}\` and try again.`);
      process.exit(1);
    }
  } else {
    console.error(
      `setup: the browser tests need ${missing.join(', ')}. On Debian/Ubuntu run \`sudo ${command}\`` +
        ' (or set CHROMIUM_PATH to another Chromium), then run npm test again.',
    );
    process.exit(1);
  }
}

// A fresh run starts without the previous run's reports (build/scripts/test-summary.mjs reads them).
rmSync(fileURLToPath(new URL('../../test-results/summary', import.meta.url)), { recursive: true, force: true });
