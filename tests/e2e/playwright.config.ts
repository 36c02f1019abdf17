// Browser end-to-end tests: the built renderer in Debian's Chromium, window.api bridged to the real
// service over a real SQLite file (see harness/fixture.ts). PW_PORT lets parallel runs use other ports.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.PW_PORT || 4173);
// Chromium sees only the fonts the project installs (harness/fonts.conf), not the machine's.
const fontconfig = fileURLToPath(new URL('./harness/fonts.conf', import.meta.url));
// PW_DIST serves another build folder, so a parallel run never reads a dist/renderer being rebuilt.
const outDir = process.env.PW_DIST ? ` --outDir ${JSON.stringify(process.env.PW_DIST)}` : '';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  // On CI a test that fails is run once more; one that then passes is counted as flaky and named in
  // the summary (build/scripts/test-summary.mjs), so a flake is seen without failing the run.
  retries: process.env.CI ? 1 : 0,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../../test-results/summary/e2e.json' }]],
  outputDir: '../../test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      env: { ...process.env, FONTCONFIG_FILE: fontconfig },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite preview --config renderer/vite.config.ts --port ${port} --strictPort${outDir}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
