// i18next set-up for the renderer: both languages bundled, no network, React bindings.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources, type Language } from './resources';

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: resources.en }, 'zh-CN': { translation: resources['zh-CN'] } },
    lng: language,
    fallbackLng: 'en',
    // React escapes text itself; never let i18next build HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
export { LANGUAGES, pickLanguage, type Language } from './resources';
