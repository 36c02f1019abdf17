// Lists of names in running text: "微信、生日" in Chinese (the enumeration comma), "WeChat, Birthday"
// in English. Every place that lists names joins them here, so no Chinese sentence gets ", ".
import type { Language } from './resources';

const SEPARATOR: Record<Language, string> = { en: ', ', 'zh-CN': '、' };

/** The separator between listed names in this language (i18next's `i18n.language`). */
export function listSeparator(language: string): string {
  return language.toLowerCase().startsWith('zh') ? SEPARATOR['zh-CN'] : SEPARATOR.en;
}

/** Names joined for this language; with `max`, the rest are counted ("A, B +3"). */
export function listNames(names: readonly string[], language: string, max = Infinity): string {
  const shown = names.slice(0, max).join(listSeparator(language));
  return names.length > max ? `${shown} +${names.length - max}` : shown;
}
