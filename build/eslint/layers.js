// The layer rules, as ONE allow-list: for each file, its layer (from its path) says which layers
// and which packages it may import. Used as the local ESLint rule `local/layers` for every file,
// so no later config block can quietly replace a zone (ESLint merges rule options per rule name:
// the last matching block wins). Explained in build/eslint/README.md; proved by
// tests/unit/build/layers.test.ts.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `node:*` stands for every Node built-in module, with or without the `node:` prefix. */
const NODE = 'node:*';

/**
 * Layers, most specific path first. `layers`: the other layers a file may import (its own layer is
 * always allowed). `packages`: either `only` (an allow-list) or `not` (a deny-list) of npm packages.
 * `null` = anything.
 */
export const LAYERS = [
  // Tooling that happens to sit in a layer's folder.
  { name: 'build', paths: ['build/', 'renderer/vite.config.ts'], layers: null, packages: null },
  { name: 'tests', paths: ['tests/'], layers: null, packages: null },
  {
    name: 'shared',
    paths: ['shared/'],
    layers: [],
    packages: { only: ['zod'] },
    why: 'shared/ is pure TypeScript that every layer loads: no Electron, Node, React, DOM or other layers',
  },
  {
    name: 'renderer',
    paths: ['renderer/'],
    layers: ['shared'],
    packages: { not: [NODE, 'electron', 'better-sqlite3'] },
    why: 'renderer/ runs in the sandboxed page: it imports shared/ and browser packages, and reaches the main process only through window.api',
  },
  {
    name: 'electron/db',
    paths: ['electron/db/'],
    layers: ['shared'],
    packages: { not: ['electron'] },
    why: 'the store is the only home of better-sqlite3 and never imports electron (tests load it under plain Node)',
  },
  {
    name: 'electron/import',
    paths: ['electron/import/'],
    layers: ['shared'],
    packages: { not: ['electron', 'better-sqlite3'] },
    why: 'the file readers run under plain Node in tests: no electron, no better-sqlite3 (SQL lives in electron/db/)',
  },
  {
    name: 'electron/service',
    paths: ['electron/service/'],
    layers: ['shared', 'electron/db', 'electron/import'],
    packages: { not: ['electron', 'better-sqlite3'] },
    why: 'the service runs under plain Node in tests: it reaches SQLite through the store (electron/db/) and never imports electron, directly or through a main-process module',
  },
  {
    name: 'electron',
    paths: ['electron/'],
    layers: ['shared', 'electron/db', 'electron/import', 'electron/service'],
    packages: { not: ['better-sqlite3'] },
    why: 'the main process: better-sqlite3 only under electron/db/; never renderer/ or tests/',
  },
];

const toPosix = (p) => p.split(path.sep).join('/');

/** The layer of a path relative to the repository root, or undefined outside every layer. */
export function layerOf(relPath) {
  const rel = toPosix(relPath);
  return LAYERS.find((layer) => layer.paths.some((p) => (p.endsWith('/') ? rel.startsWith(p) : rel === p)));
}

const builtins = new Set(builtinModules);
const packageOf = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const isBuiltin = (spec) => spec.startsWith('node:') || builtins.has(packageOf(spec));

function packageAllowed(rule, spec) {
  if (rule === null) return true;
  const matches = (entry) => (entry === NODE ? isBuiltin(spec) : packageOf(spec) === entry);
  return rule.only ? rule.only.some(matches) : !rule.not.some(matches);
}

/** Why `spec` may not be imported from the file at `file` (absolute), or null when it may. */
export function refusal(file, spec) {
  const from = layerOf(path.relative(root, file));
  if (!from || from.layers === null) return null;
  const bare = spec.split('?')[0];
  if (bare.startsWith('.') || path.isAbsolute(bare)) {
    const target = path.relative(root, path.resolve(path.dirname(file), bare));
    const to = layerOf(target);
    if (to === from || (to && from.layers.includes(to.name))) return null;
    return `${from.name}/ may import ${[from.name, ...from.layers].map((l) => `${l}/`).join(', ')} only, not ${to ? `${to.name}/` : toPosix(target)}: ${from.why}`;
  }
  return packageAllowed(from.packages, bare) ? null : `${from.name}/ may not import this package: ${from.why}`;
}

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only the layers and packages its allow-list names (build/eslint/layers.js).' },
    schema: [],
    messages: { refused: "'{{spec}}': {{why}}." },
  },
  create(context) {
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const why = refusal(context.filename, source.value);
      if (why) context.report({ node: source, messageId: 'refused', data: { spec: source.value, why } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
      TSExternalModuleReference: (node) => check(node.expression),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) check(node.arguments[0]);
      },
    };
  },
};

export default { rules: { layers: layersRule } };
