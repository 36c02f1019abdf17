import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // The JSON report feeds the one-line total printed at the end of `npm test` (build/scripts/test-summary.mjs).
    reporters: ['default', ['json', { outputFile: 'test-results/summary/unit.json' }]],
  },
});
