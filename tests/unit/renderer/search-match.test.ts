// Search matching: Chinese and Latin text as typed, pinyin initials and full pinyin for Chinese names, titles.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain/model';
import { buildSearchIndex, matchPeople, personMatches } from '../../../renderer/features/search/matchPeople';
import { compactQuery, searchTokens, spellsTokens } from '../../../renderer/features/search/tokens';

function person(id: string, name: string, title = ''): Person {
  return {
    id, accountId: 'a', name, title, department: '', buyingRole: 'unknown', stance: 'unknown', isTopDecisionMaker: false,
    authority: 3, expertise: 3, accessToTop: 3, pinnedScore: null, met: false, lastContact: null, notes: '', createdAt: '', updatedAt: '',
  };
}

const people = [
  person('1', '王丽', '采购总监'),
  person('2', '周振华', '董事长兼总经理'),
  person('3', '王立新', '物流经理'),
  person('4', 'Wang Li', 'Purchasing Director'),
  person('5', '单文', '财务经理'),
  person('6', 'Linda Zhou', 'Store Manager'),
];
const index = buildSearchIndex(people);
const names = (q: string) => matchPeople(index, q).map((h) => h.person.name);

describe('search tokens', () => {
  it('turns Chinese characters into pinyin syllables and Latin runs into words', () => {
    expect(searchTokens('王丽')).toEqual(['wang', 'li']);
    expect(searchTokens('Linda Zhou')).toEqual(['linda', 'zhou']);
    expect(searchTokens('王丽 Lily')).toEqual(['wang', 'li', 'lily']);
  });
  it('reads a surname as a surname (单 → shan, not dan)', () => {
    expect(searchTokens('单文', true)[0]).toBe('shan');
  });
  it('spells consecutive tokens by prefixes', () => {
    expect(spellsTokens(['wang', 'li'], 'wl', 0)).toBe(2);
    expect(spellsTokens(['wang', 'li'], 'wangli', 0)).toBe(2);
    expect(spellsTokens(['wang', 'li'], 'wangl', 0)).toBe(2);
    expect(spellsTokens(['wang', 'li'], 'wa', 0)).toBe(1);
    expect(spellsTokens(['wang', 'li'], 'lw', 0)).toBe(0);
    expect(spellsTokens(['wang', 'li'], 'wangliu', 0)).toBe(0);
    expect(spellsTokens(['wang', 'li'], '', 0)).toBe(0);
  });
  it('compacts a query to letters and digits', () => {
    expect(compactQuery('Wang L.')).toBe('wangl');
  });
});

describe('matchPeople', () => {
  it('finds 王丽 by pinyin initials and by full pinyin, before longer names', () => {
    expect(names('wl')[0]).toBe('王丽');
    expect(names('wl')).toContain('王立新');
    expect(names('wangli')[0]).toBe('王丽');
    expect(names('WangLi')).toContain('王丽');
  });
  it('finds Chinese text as typed, exact name first', () => {
    expect(names('王丽')[0]).toBe('王丽');
    expect(names('振华')).toEqual(['周振华']);
  });
  it('finds Latin names case-insensitively, by word initials too', () => {
    expect(names('wang li')[0]).toBe('Wang Li');
    expect(names('linda')).toEqual(['Linda Zhou']);
    expect(names('lz')).toEqual(['Linda Zhou']);
  });
  it('finds people by title in both scripts, after name matches', () => {
    expect(names('董事长')).toEqual(['周振华']);
    expect(names('purchasing')).toEqual(['Wang Li']);
    expect(names('cgzj')).toEqual(['王丽']);
  });
  it('finds the surname reading (shan) of 单', () => {
    expect(names('sw')).toContain('单文');
    expect(names('shanwen')).toEqual(['单文']);
  });
  it('finds nobody for an empty or unmatched query', () => {
    expect(names('')).toEqual([]);
    expect(names('   ')).toEqual([]);
    expect(names('xyzq')).toEqual([]);
  });
  it('respects the limit', () => {
    expect(matchPeople(index, 'w', 2)).toHaveLength(2);
  });
  it('personMatches lets every person through an empty filter', () => {
    expect(index.every((e) => personMatches(e, ''))).toBe(true);
    expect(index.filter((e) => personMatches(e, 'zz')).map((e) => e.person.name)).toEqual(['周振华']);
  });
});

describe('the index after an edit', () => {
  it('a renamed person is found by the new name and not the old; everyone else keeps their entry', () => {
    const renamed = { ...people[0]!, name: '赵敏' };
    const after = buildSearchIndex([renamed, ...people.slice(1)]);
    expect(after.slice(1)).toEqual(index.slice(1));
    after.slice(1).forEach((entry, i) => expect(entry).toBe(index[i + 1]));
    expect(matchPeople(after, 'zm').map((h) => h.person.name)).toEqual(['赵敏']);
    expect(matchPeople(after, '王丽').map((h) => h.person.name)).not.toContain('王丽');
    expect(matchPeople(index, '王丽').map((h) => h.person.name)).toContain('王丽');
  });
});
