// What the READMEs say must be what the code does: the numbers a rep or an engineer relies on are
// read from the text and compared with the constants, and every path and script named exists.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/domain/limits';
import { IMPORT_LIMITS } from '../../../shared/import/fields';
import { STALE_CONTACT_DAYS } from '../../../shared/coaching/thresholds';
import { EXPORT_SIZES } from '../../../renderer/graph/exportLayout';

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8').replace(/\s+/g, ' ');
const readme = read('README.md');
const allMatches = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1]!);
const num = (s: string) => Number(s.replace(/,/g, ''));

const readmes = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*README.md'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !f.startsWith('node_modules/') && fs.existsSync(path.join(root, f)));

describe('README claims', () => {
  it('gives the import size limit the code enforces, everywhere it is given', () => {
    const mb = allMatches(readme, /(\d+) MB per file/g).concat(allMatches(readme, /\| import file \| (\d+) MB/g));
    expect(mb.length).toBeGreaterThanOrEqual(2);
    for (const m of mb) expect(Number(m) * 1024 * 1024).toBe(IMPORT_LIMITS.maxBytes);
    expect(allMatches(readme, /([\d,]+) data rows/g).map(num)).toEqual([IMPORT_LIMITS.maxRows]);
    expect(allMatches(readme, /MB, ([\d,]+) rows, (?:\d+) columns/g).map(num)).toEqual([IMPORT_LIMITS.maxRows]);
    expect(allMatches(readme, /(\d[\d,]*) columns(?! will)/g).map(num).every((n) => n === IMPORT_LIMITS.maxColumns)).toBe(true);
  });

  it('gives the input limits of shared/domain/limits.ts', () => {
    expect(readme).toContain(`| people per account | ${LIMITS.peoplePerAccountMax.toLocaleString('en')} |`);
    expect(readme).toContain(`| title | ${LIMITS.titleMax} characters |`);
    expect(readme).toContain(`| segment | ${LIMITS.segmentMax} characters |`);
    expect(readme).toContain(`| notes, budget process | ${LIMITS.notesMax.toLocaleString('en')} characters`);
    expect(readme).toContain(`1–${LIMITS.nameMax} characters after trimming`);
    for (const m of allMatches(readme, /at most ([\d,]+) people/g)) expect(num(m)).toBe(LIMITS.peoplePerAccountMax);
  });

  it('gives the export sizes and the coaching threshold the code uses', () => {
    expect(readme).toContain(`${EXPORT_SIZES.map((n) => n.toLocaleString('en').replace(',', '')).join(' / ')} px`);
    for (const d of allMatches(readme, /not contacted for more than (\d+) days/g)) expect(Number(d)).toBe(STALE_CONTACT_DAYS);
    expect(read('shared/coaching/README.md')).toContain(`no contact for more than ${STALE_CONTACT_DAYS} days`);
  });

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    for (const file of readmes) {
      for (const name of allMatches(read(file), /npm run ([\w:-]+)/g)) expect(scripts, `${file}: npm run ${name}`).toContain(name);
    }
  });

  it('names only files and folders that exist', () => {
    // Build and test outputs (made by a run, absent from a fresh clone), paths inside an XLSX archive, a lint rule's name: not files of the repository.
    const notRepoPaths = /^(dist|\.cache|test-results|xl|local)\//;
    const missing: string[] = [];
    for (const file of readmes) {
      for (const p of allMatches(read(file), /`([\w.-]+\/[\w./-]*[\w/])`/g)) {
        if (notRepoPaths.test(p)) continue;
        if (!fs.existsSync(path.join(root, p)) && !fs.existsSync(path.join(root, path.dirname(file), p))) missing.push(`${file}: ${p}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
