// Lint rules. The layer rules are one allow-list (build/eslint/layers.js, explained in
// build/eslint/README.md) applied to every file by one rule, `local/layers`; no other block sets
// it or `no-restricted-imports`, so nothing can override it. Run from the repo root:
// `eslint -c build/eslint.config.js .`
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './eslint/layers.js';

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'out/**', 'release/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts', '.cache/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { local: layers },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
      'local/layers': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // An effect written `() => el.scrollIntoView()` returns what the method returns, and React calls
      // whatever an effect returns as its cleanup: Chromium's scrollIntoView now returns a promise,
      // which blanked the whole app on unmount. A method call as an effect takes a block body
      // (`() => subscribe(...)` returning its unsubscribe stays allowed).
      'no-restricted-syntax': [
        'error',
        ...['CallExpression[callee.type="MemberExpression"]', 'ChainExpression'].map((body) => ({
          selector: `CallExpression[callee.name=/^use(Layout|Insertion)?Effect$/] > ArrowFunctionExpression[expression=true] > ${body}.body`,
          message: 'Give the effect a block body: React calls whatever an effect returns as its cleanup.',
        })),
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // SQL lives in repository modules under electron/db/: outside it, nothing reaches the raw handle.
    files: ['electron/**/*.ts'],
    ignores: ['electron/db/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[computed=false][property.name='db']", message: 'Call a named store operation (electron/db/) instead of reaching into store.db.' },
        { selector: "ObjectPattern > Property[key.name='db']", message: 'Call a named store operation (electron/db/) instead of reaching into store.db.' },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'build/**/*.{js,mjs,ts}', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
