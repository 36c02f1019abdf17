// App facts and the rep's language choice.
import type { ServiceContext, SyncMethods } from './context';
import { chosenLanguage, LANGUAGE_KEY } from './language';

type SettingsMethods = SyncMethods<'getAppInfo' | 'setLanguage'>;

export function settingsMethods(ctx: ServiceContext): SettingsMethods {
  return {
    getAppInfo() {
      return { ...ctx.app, language: chosenLanguage(ctx) };
    },
    setLanguage({ language }) {
      if (language === null) ctx.store.settings.delete(LANGUAGE_KEY);
      else ctx.store.settings.set(LANGUAGE_KEY, language);
    },
  };
}
