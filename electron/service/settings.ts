// App facts and the rep's language and colour-theme choices (kept in the settings table).
import type { ServiceContext, SyncMethods } from './context';
import { chosenLanguage, LANGUAGE_KEY } from './language';

type SettingsMethods = SyncMethods<'getAppInfo' | 'setLanguage' | 'setTheme'>;

const THEME_KEY = 'theme';

function chosenTheme(ctx: ServiceContext): 'light' | 'dark' | null {
  const v = ctx.store.settings.get(THEME_KEY);
  return v === 'light' || v === 'dark' ? v : null;
}

export function settingsMethods(ctx: ServiceContext): SettingsMethods {
  return {
    getAppInfo() {
      return { ...ctx.app, language: chosenLanguage(ctx), theme: chosenTheme(ctx) };
    },
    setLanguage({ language }) {
      if (language === null) ctx.store.settings.delete(LANGUAGE_KEY);
      else ctx.store.settings.set(LANGUAGE_KEY, language);
    },
    setTheme({ theme }) {
      if (theme === null) ctx.store.settings.delete(THEME_KEY);
      else ctx.store.settings.set(THEME_KEY, theme);
    },
  };
}
