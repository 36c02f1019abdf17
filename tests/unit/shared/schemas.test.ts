import { describe, expect, it } from 'vitest';
import { isoDate, personFields, requiredLine } from '../../../shared/domain/schemas';

const name = requiredLine(120);
const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe('text schemas', () => {
  it('refuses names made only of spaces, zero-width or direction marks', () => {
    for (const bad of ['', '   ', '\u200B', '\u200B\u200D\uFEFF', '\u202E \u200F']) {
      expect(firstMessage(name.safeParse(bad))).toBe('error.text.empty');
    }
  });

  it('keeps names that contain marks around visible text, trimmed and otherwise verbatim', () => {
    expect(name.parse('  \u202E王丽👶🏻 ')).toBe('\u202E王丽👶🏻');
  });

  it('refuses control characters and line breaks in a name', () => {
    expect(firstMessage(name.safeParse('Wang\u0007Li'))).toBe('error.text.controlChars');
    expect(firstMessage(name.safeParse('Wang\nLi'))).toBe('error.text.controlChars');
  });

  it('counts length after trimming and refuses over-long names', () => {
    expect(name.safeParse('x'.repeat(120)).success).toBe(true);
    expect(firstMessage(name.safeParse('x'.repeat(121)))).toBe('error.text.tooLong');
  });

  it('accepts only real calendar dates', () => {
    expect(isoDate.safeParse('2026-02-28').success).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', 'yesterday', '2026-2-1', '']) {
      expect(isoDate.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('refuses ratings outside 1–5 and non-integers', () => {
    expect(personFields.safeParse({ name: 'A', authority: 6 }).success).toBe(false);
    expect(personFields.safeParse({ name: 'A', expertise: 2.5 }).success).toBe(false);
    expect(personFields.safeParse({ name: 'A', accessToTop: 0 }).success).toBe(false);
    expect(personFields.safeParse({ name: 'A', authority: 5, expertise: 1, accessToTop: 3 }).success).toBe(true);
  });
});
