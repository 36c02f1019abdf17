// Electron end-to-end: the real app (dist/electron/main.cjs) launched with Playwright's _electron.
// Runs wherever an Electron binary exists; elsewhere every spec is skipped with the reason printed.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './global-setup.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: '../../test-results/summary/electron.json' }]],
  outputDir: '../../test-results/electron',
});
