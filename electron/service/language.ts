// The language in effect: the rep's choice in settings, else the operating system's locale.
import type { ServiceContext } from './context';

export type Language = 'en' | 'zh-CN';

export const LANGUAGE_KEY = 'language';

/** zh, zh-CN, zh-Hans-CN, zh_TW … → 'zh-CN'; everything else → 'en'. */
export function languageFromLocale(locale: string): Language {
  return /^zh($|[-_])/i.test(locale.trim()) ? 'zh-CN' : 'en';
}

export function chosenLanguage(ctx: ServiceContext): Language | null {
  const v = ctx.store.settings.get(LANGUAGE_KEY);
  return v === 'en' || v === 'zh-CN' ? v : null;
}

export function effectiveLanguage(ctx: ServiceContext): Language {
  return chosenLanguage(ctx) ?? languageFromLocale(ctx.app.systemLocale);
}

/** Names sort the way the rep reads them: pinyin order in Chinese, alphabetical in English. */
export function collatorFor(ctx: ServiceContext): Intl.Collator {
  return new Intl.Collator(effectiveLanguage(ctx), { sensitivity: 'base', numeric: true });
}
