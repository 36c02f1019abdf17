// Switches the app language at once and remembers the choice (setLanguage).
import { useTranslation } from 'react-i18next';
import { LANGUAGES, changeLanguage, type Language } from '../../i18n';
import { call } from '../../api/client';
import { useUi } from '../../stores/ui';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useUi((s) => s.language);
  const setLanguage = useUi((s) => s.setLanguage);
  const onChange = async (next: Language) => {
    setLanguage(next);
    await changeLanguage(next);
    await call('setLanguage', { language: next });
  };
  return (
    <label className="language-switch">
      <span>{t('app.language')}</span>
      <select value={language} onChange={(e) => void onChange(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`app.languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
