// Text → searchable tokens: each Chinese character becomes its pinyin syllable, each Latin/digit run a word,
// so "wl", "wangli" and "wang l" all find 王丽, and "wl" also finds "Wang Li".
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/** Lower-cased tokens of `text`; `isName` reads a leading Chinese character as a surname (单 → shan). */
export function searchTokens(text: string, isName = false): string[] {
  const tokens: string[] = [];
  let word = '';
  let han = '';
  const flushWord = () => {
    if (word) tokens.push(word.toLocaleLowerCase());
    word = '';
  };
  const flushHan = () => {
    if (!han) return;
    const surname = isName && tokens.length === 0 ? 'head' : 'off';
    const syllables = pinyin(han, { toneType: 'none', type: 'array', surname, v: true });
    for (const s of syllables) tokens.push(s.toLocaleLowerCase());
    han = '';
  };
  for (const ch of text) {
    if (HAN.test(ch)) {
      flushWord();
      han += ch;
    } else if (WORD.test(ch)) {
      flushHan();
      word += ch;
    } else {
      flushWord();
      flushHan();
    }
  }
  flushWord();
  flushHan();
  return tokens;
}

/** Letters and digits of a query, lower-cased, spaces and punctuation dropped ("Wang L." → "wangl"). */
export function compactQuery(query: string): string {
  return Array.from(query.toLocaleLowerCase())
    .filter((ch) => WORD.test(ch) && !HAN.test(ch))
    .join('');
}

/**
 * True when `query` spells consecutive tokens from `start`, each by a non-empty prefix, e.g. "wl",
 * "wangl", "wli" against [wang, li]. Returns the number of tokens consumed, or 0 when it does not.
 */
export function spellsTokens(tokens: readonly string[], query: string, start: number): number {
  const go = (q: number, k: number): number => {
    if (q === query.length) return k - start;
    if (k >= tokens.length) return 0;
    const token = tokens[k]!;
    // Longest prefix first, so full syllables win over initials when both work.
    for (let len = Math.min(token.length, query.length - q); len >= 1; len -= 1) {
      if (token.startsWith(query.slice(q, q + len))) {
        const used = go(q + len, k + 1);
        if (used > 0) return used;
      }
    }
    return 0;
  };
  return query.length === 0 ? 0 : go(0, start);
}
