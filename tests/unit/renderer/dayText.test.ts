// The date field's words: a day shown as the app's language writes it, and read back from either language.
import { describe, expect, it } from 'vitest';
import { addDaysIso, formatDayText, isDay, parseDayText } from '../../../renderer/components/date/dayText';

describe('day text', () => {
  it('shows a day in the app language, whatever the browser locale', () => {
    expect(formatDayText('2026-12-01', 'zh-CN')).toBe('2026年12月1日');
    expect(formatDayText('2026-12-01', 'en')).toBe('1 Dec 2026');
    expect(formatDayText('', 'en')).toBe('');
  });

  it('reads what the rep types in either language or as numbers', () => {
    for (const text of ['2026-12-01', '2026/12/1', '2026.12.01', '2026年12月1日', '2026 年 12 月 1 日', '1 Dec 2026', 'Dec 1, 2026', 'december 1 2026']) {
      expect(parseDayText(text), text).toBe('2026-12-01');
    }
  });

  it('refuses what is not a real day', () => {
    for (const text of ['', 'tomorrow', '2026-02-30', '2026-13-01', '31 Feb 2026', '12/1', '99999-01-01']) expect(parseDayText(text), text).toBeNull();
  });

  it('round-trips every day of a year in both languages', () => {
    let day = '2028-01-01';
    for (let i = 0; i < 366; i++, day = addDaysIso(day, 1)) {
      expect(parseDayText(formatDayText(day, 'zh-CN'))).toBe(day);
      expect(parseDayText(formatDayText(day, 'en'))).toBe(day);
    }
    expect(day).toBe('2029-01-01');
  });

  it('tells a finished day from half-typed text (the screens that act on each change wait for one)', () => {
    expect(isDay('2026-03-01')).toBe(true);
    expect(isDay('2026-03-0')).toBe(false);
    expect(isDay('2026年3月')).toBe(false);
    expect(isDay('')).toBe(false);
  });
});
