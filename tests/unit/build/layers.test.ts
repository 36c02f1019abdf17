// The layer rules are enforced, not only written down: probe files are linted with the project's
// own ESLint config (build/eslint.config.js) as if they stood at the given paths.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'build/eslint.config.js') });
});

/** Every message ESLint gives for `code` saved at `file` (relative to the repository root). */
async function lint(file: string, code: string): Promise<{ severity: number; message: string }[]> {
  const results = await eslint.lintText(code, { filePath: path.join(root, file) });
  return results.flatMap((r) => r.messages).map(({ severity, message }) => ({ severity, message }));
}

const importing = (spec: string) => `import probe from '${spec}';\nexport const used = probe;\n`;

/** The layer rule refuses `spec` (other rules may complain about the probe's style too, e.g. require()). */
async function expectRefused(file: string, code: string, spec: string) {
  const messages = (await lint(file, code)).filter((m) => m.message.includes(`'${spec}'`));
  expect(messages, `${file} importing ${spec}`).toEqual([expect.objectContaining({ severity: 2 })]);
}

async function expectAllowed(file: string, code: string) {
  expect(await lint(file, code), file).toEqual([]);
}

describe('layer rules (one allow-list per layer)', () => {
  it('keeps the SQL handle inside electron/db/', async () => {
    const reach = 'export const n = (ctx: { store: { db: { name: string } } }) => ctx.store.db.name;\n';
    const pick = 'export const n = ({ db }: { db: { name: string } }) => db.name;\n';
    for (const code of [reach, pick]) {
      expect(await lint('electron/service/probe.ts', code)).toEqual([expect.objectContaining({ severity: 2, message: expect.stringContaining('store.db') })]);
      expect(await lint('electron/main.ts', code)).toEqual([expect.objectContaining({ severity: 2 })]);
      await expectAllowed('electron/db/probe.ts', code);
      await expectAllowed('tests/unit/service/probe.test.ts', code);
    }
  });

  it('allows better-sqlite3 only under electron/db/', async () => {
    await expectAllowed('electron/db/probe.ts', importing('better-sqlite3'));
    await expectRefused('electron/service/probe.ts', importing('better-sqlite3'), 'better-sqlite3');
    await expectRefused('electron/main.ts', importing('better-sqlite3'), 'better-sqlite3');
    await expectRefused('electron/import/probe.ts', importing('better-sqlite3'), 'better-sqlite3');
    await expectRefused('renderer/features/probe.ts', importing('better-sqlite3'), 'better-sqlite3');
    await expectRefused('shared/domain/probe.ts', importing('better-sqlite3'), 'better-sqlite3');
  });

  it('counts type-only imports, re-exports, import() and require() too', async () => {
    await expectRefused('electron/service/probe.ts', "import type Database from 'better-sqlite3';\nexport type Db = Database.Database;\n", 'better-sqlite3');
    await expectRefused('electron/service/probe.ts', "export { default } from 'better-sqlite3';\n", 'better-sqlite3');
    await expectRefused('electron/service/probe.ts', "export const load = () => import('better-sqlite3');\n", 'better-sqlite3');
    await expectRefused('electron/service/probe.ts', "export type Db = import('better-sqlite3').Database;\n", 'better-sqlite3');
    await expectRefused('electron/service/probe.ts', "export const Database = require('better-sqlite3');\n", 'better-sqlite3');
  });

  it('keeps electron out of the store, the service and the file readers (tests load them under plain Node)', async () => {
    await expectRefused('electron/service/probe.ts', importing('electron'), 'electron');
    await expectRefused('electron/db/probe.ts', importing('electron'), 'electron');
    await expectRefused('electron/import/probe.ts', importing('electron'), 'electron');
    // ...nor through a main-process module that imports it
    await expectRefused('electron/service/probe.ts', importing('../window'), '../window');
    await expectAllowed('electron/main.ts', importing('electron'));
    await expectAllowed('electron/service/probe.ts', importing('../db/store'));
  });

  it('keeps Node out of shared/ and renderer/', async () => {
    await expectRefused('shared/domain/probe.ts', importing('node:fs'), 'node:fs');
    await expectRefused('shared/domain/probe.ts', importing('path'), 'path');
    await expectRefused('renderer/features/probe.ts', importing('node:fs'), 'node:fs');
    await expectRefused('renderer/features/probe.ts', importing('fs'), 'fs');
    await expectRefused('renderer/features/probe.ts', importing('electron'), 'electron');
  });

  it('lets renderer/ import shared/ only, and shared/ nothing but itself', async () => {
    await expectRefused('renderer/features/probe.ts', importing('../../electron/service/index'), '../../electron/service/index');
    await expectRefused('renderer/features/probe.ts', importing('../../tests/unit/service/helpers'), '../../tests/unit/service/helpers');
    await expectRefused('shared/domain/probe.ts', importing('../../renderer/i18n/index'), '../../renderer/i18n/index');
    await expectRefused('shared/domain/probe.ts', importing('../../electron/db/store'), '../../electron/db/store');
    await expectRefused('electron/service/probe.ts', importing('../../renderer/graph/palette'), '../../renderer/graph/palette');
    await expectAllowed('renderer/features/probe.ts', importing('../../shared/domain/model'));
    await expectAllowed('renderer/features/probe.ts', importing('react'));
    await expectAllowed('shared/domain/probe.ts', importing('./model'));
    await expectAllowed('shared/domain/probe.ts', importing('zod'));
  });

  it('lets tests import anything', async () => {
    for (const spec of ['better-sqlite3', 'electron', 'node:fs', '../../../electron/db/store', '../../../renderer/graph/palette', '../../../shared/domain/model']) {
      await expectAllowed('tests/unit/service/probe.test.ts', importing(spec));
    }
  });
});
