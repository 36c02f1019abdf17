import { describe, expect, it } from 'vitest';
import { backupsToDelete, backupsToKeep } from '../../../electron/db/backupRetention';

// Local times, so the day and week buckets are the rep's calendar whatever the machine's time zone.
const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h);
const b = (name: string, date: Date) => ({ name, createdAt: date });

describe('backup retention: 7 daily + 4 weekly', () => {
  it('keeps everything while there are few backups', () => {
    const list = [b('a', at(2026, 3, 1)), b('b', at(2026, 3, 2))];
    expect([...backupsToKeep(list)].sort()).toEqual(['a', 'b']);
  });

  it('keeps only the newest backup of a day', () => {
    const list = [b('morning', at(2026, 3, 10, 8)), b('noon', at(2026, 3, 10, 12)), b('evening', at(2026, 3, 10, 18))];
    expect([...backupsToKeep(list)]).toEqual(['evening']);
    expect(backupsToDelete(list).map((x) => x.name)).toEqual(['morning', 'noon']);
  });

  it('after 60 daily backups keeps the last 7 days and one per week for the last 4 weeks', () => {
    // 2026-03-01 is a Sunday; one backup each day until 2026-04-29 (a Wednesday).
    const list = Array.from({ length: 60 }, (_, i) => {
      const d = at(2026, 3, 1 + i);
      return b(`d${String(i + 1).padStart(2, '0')}`, d);
    });
    const keep = [...backupsToKeep(list)].sort();
    // Days 54–60 (Apr 23–29) are the daily ones; weekly: newest of the weeks starting
    // Apr 27 (Apr 29 = d60), Apr 20 (Apr 26 = d57), Apr 13 (Apr 19 = d50), Apr 6 (Apr 12 = d43).
    expect(keep).toEqual(['d43', 'd50', 'd54', 'd55', 'd56', 'd57', 'd58', 'd59', 'd60']);
    expect(backupsToDelete(list)).toHaveLength(51);
    expect(backupsToDelete(list)[0]!.name).toBe('d01');
  });

  it('counts days that have backups, not calendar days: a rep away for a month keeps the old ones', () => {
    const list = [b('jan1', at(2026, 1, 1)), b('jan2', at(2026, 1, 2)), b('mar1', at(2026, 3, 1))];
    expect([...backupsToKeep(list)].sort()).toEqual(['jan1', 'jan2', 'mar1']);
  });

  it('always keeps the newest backup, even with an empty policy', () => {
    const list = [b('old', at(2026, 1, 1)), b('new', at(2026, 1, 5))];
    expect([...backupsToKeep(list, { daily: 0, weekly: 0 })]).toEqual(['new']);
  });
});
