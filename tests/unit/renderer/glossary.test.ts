// One word per concept (renderer/i18n/GLOSSARY.md): no translation table — nor the sample account the
// rep first sees — uses a refused alternate, and 需要 only ever means "wants".
import { describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/i18n/resources';
import { sampleAccount } from '../../../shared/sample/sampleAccount';

// The settled words: alternates the interface never uses, and the one allowed use of 需要 (the noun "wants").
export const REFUSED: Record<'en' | 'zh-CN', readonly RegExp[]> = {
  en: [/\battitudes?\b/i, /\bjob titles?\b/i, /\bkey decision[- ]makers?\b/i, /\bdecision makers?\b/i, /\bfollow[- ]ups?\b/i, /\bsupporter base\b/i],
  'zh-CN': [/态度/, /职务/, /头衔/, /诉求/, /后续行动/, /支持者群体/],
};

/** 需要 means "wants" only: in a text that also names 需求, or as a label "需要（…" / "需要：…". */
export function misusesWants(text: string): boolean {
  if (!text.includes('需要')) return false;
  if (text.includes('需求')) return false;
  return /需要(?![（：])/.test(text);
}

function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('glossary', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`${lang}: no refused alternate in the translation table`, () => {
      const hits = strings(resources[lang]).filter(([, s]) => REFUSED[lang].some((re) => re.test(s)));
      expect(hits).toEqual([]);
    });
    it(`${lang}: the sample account speaks the same words`, () => {
      const hits = strings(sampleAccount(lang)).filter(([, s]) => REFUSED[lang].some((re) => re.test(s)));
      expect(hits).toEqual([]);
    });
  }

  it('zh-CN: 需要 is only the noun "wants" (never the verb "need to")', () => {
    const texts = [...strings(resources['zh-CN']), ...strings(sampleAccount('zh-CN'))];
    expect(texts.filter(([, s]) => misusesWants(s))).toEqual([]);
  });

  it('the checks catch what they are meant to catch', () => {
    expect(REFUSED['zh-CN'].some((re) => re.test('持怀疑态度'))).toBe(true);
    expect(REFUSED['zh-CN'].some((re) => re.test('职务'))).toBe(true);
    expect(REFUSED.en.some((re) => re.test('Key decision maker'))).toBe(true);
    expect(misusesWants('3 件事需要跟进')).toBe(true);
    expect(misusesWants('需要（眼前）')).toBe(false);
    expect(misusesWants('长期需求 vs 一时需要')).toBe(false);
  });
});
