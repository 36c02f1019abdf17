// The repository explains itself: no tracked file points readers at design notes that live outside
// it (they were never part of the repository). What a future engineer needs is in the READMEs next
// to the code. The names are built from parts so this file does not match itself.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const outsideDocs = ['DOMAIN', 'DESIGN', 'TOOLCHAIN', 'VISUAL', 'STYLE'].map((name) => `${name}.${'md'}`);
const pattern = new RegExp(`\\b(${outsideDocs.map((n) => n.replace('.', '\\.')).join('|')})`);

/** Tracked files, plus new ones not yet added (so the check also holds before a commit). */
function trackedTextFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return out.split('\0').filter((f) => f && fs.existsSync(path.join(root, f)));
}

describe('the repository is self-contained', () => {
  it('has no reference to design notes kept outside the repository', () => {
    const hits: string[] = [];
    for (const file of trackedTextFiles()) {
      const bytes = fs.readFileSync(path.join(root, file));
      if (bytes.subarray(0, 8000).includes(0)) continue; // binary
      bytes
        .toString('utf8')
        .split('\n')
        .forEach((line, i) => {
          if (pattern.test(line)) hits.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
    expect(hits).toEqual([]);
  });

  it('finds such a reference when there is one (the check is not vacuous)', () => {
    expect(pattern.test(`see ${outsideDocs[0]} §7`)).toBe(true);
    expect(pattern.test('see shared/domain/README.md')).toBe(false);
  });

  it('has the READMEs the code points at', () => {
    for (const readme of ['shared/domain/README.md', 'electron/README.md', 'electron/db/README.md', 'renderer/README.md', 'tests/README.md', 'build/eslint/README.md']) {
      expect(fs.existsSync(path.join(root, readme)), readme).toBe(true);
    }
  });
});
