// File names offered in the save dialog: readable (Chinese kept), safe on every OS, right extension.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportStem, safeFileName, SAVE_KINDS } from '../../../shared/export/fileName';

describe('safeFileName', () => {
  it('keeps Chinese and adds the extension', () => {
    expect(safeFileName('贝乐母婴连锁（华东） 2026-11-27', 'png')).toBe('贝乐母婴连锁（华东） 2026-11-27.png');
  });
  it('removes path separators and characters Windows refuses', () => {
    expect(safeFileName('../..\\etc/passwd', 'svg')).toBe('etc-passwd.svg');
    expect(safeFileName('"/><script>alert(1)</script>', 'svg')).toBe('script-alert(1)-script.svg');
    expect(safeFileName('a:b*c?d|e', 'pdf')).toBe('a-b-c-d-e.pdf');
  });
  it('does not double the extension, keeps ".powermap" before ".json"', () => {
    expect(safeFileName('x.PNG', 'png')).toBe('x.png');
    expect(safeFileName('贝乐-2026-11-27.powermap.json', 'json')).toBe('贝乐-2026-11-27.powermap.json');
  });
  it('reserved and empty names get a prefix', () => {
    expect(safeFileName('CON', 'csv')).toBe('powermap-CON.csv');
    expect(safeFileName('  ...  ', 'png')).toBe('powermap-export.png');
  });
  it('property: never a separator or control character, never empty, always the extension', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...SAVE_KINDS), (s, kind) => {
        const name = safeFileName(s, kind);
        expect(name.endsWith(`.${kind}`)).toBe(true);
        expect(name.length).toBeGreaterThan(kind.length + 1);
        expect(name).not.toMatch(/[/\\<>:"|?*]/);
        expect(Array.from(name).some((c) => c.charCodeAt(0) < 32)).toBe(false);
        expect(Array.from(name).length).toBeLessThanOrEqual(80 + kind.length + 1 + 9);
      }),
      { numRuns: 500 },
    );
  });
});

describe('exportStem', () => {
  it('joins the account and the day', () => {
    expect(exportStem('Acme', '2026-11-27')).toBe('Acme 2026-11-27');
    expect(exportStem('Acme', '2026-11-27', 'brief')).toBe('Acme brief 2026-11-27');
  });
});
