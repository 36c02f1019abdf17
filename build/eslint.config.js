// Lint rules, including the layer zones of DESIGN.md: each top-level folder may import only what
// its layer allows. Run from the repo root: `eslint -c build/eslint.config.js .`
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'worker_threads'];

const zone = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'out/**', 'release/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts', '.cache/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: zone(
      ['electron', 'electron/*', 'better-sqlite3', 'react', 'react-dom', 'react/*', 'cytoscape', 'cytoscape-*', ...nodeBuiltins, '**/electron/**', '**/renderer/**', '**/tests/**'],
      'shared/ is pure TypeScript: no Electron, Node, React, DOM or other layers (DESIGN.md).',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...zone(
        ['electron', 'electron/*', 'better-sqlite3', ...nodeBuiltins, '**/electron/**', '**/tests/**'],
        'renderer/ may import shared/ and browser packages only; it reaches the main process through window.api (DESIGN.md).',
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/db/**'],
    languageOptions: { globals: globals.node },
    rules: zone(['better-sqlite3', '**/renderer/**', '**/tests/**'], 'better-sqlite3 only under electron/db/; electron/ never imports renderer/ or tests/.'),
  },
  {
    files: ['electron/db/**/*.ts', 'electron/service/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: zone(['electron', 'electron/*', '**/renderer/**', '**/tests/**'], 'The store and the service never import electron: tests load them under plain Node.'),
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'build/**/*.{js,mjs,ts}', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
