// How the palette matches what the rep types against a command's label: plain text (either language),
// the command id, or pinyin of a Chinese label, full or initials ("tjrw" and "tianjia" find 添加人物).
import { compactQuery, searchTokens, spellsTokens } from '../features/search/tokens';

/** What a command is found by: its label, lower-cased; the pinyin / word tokens of the label; its id. */
export interface PaletteEntry {
  label: string;
  tokens: string[];
  id: string;
}

export function paletteEntry(id: string, label: string): PaletteEntry {
  return { id, label: label.toLocaleLowerCase(), tokens: searchTokens(label) };
}

/** 1 for a label that starts with the query, 0.8 for a label containing it, 0.6 spelled (pinyin), 0.4 by id, 0 no match. */
export function paletteScore(entry: PaletteEntry, query: string): number {
  const raw = query.trim().toLocaleLowerCase();
  if (!raw) return 1;
  if (entry.label.startsWith(raw)) return 1;
  if (entry.label.includes(raw)) return 0.8;
  const compact = compactQuery(raw);
  if (compact && entry.tokens.some((_, i) => spellsTokens(entry.tokens, compact, i) > 0)) return 0.6;
  if (entry.id.toLocaleLowerCase().includes(raw)) return 0.4;
  return 0;
}
