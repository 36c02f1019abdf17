// Light, dark, or follow the system: applied at once and remembered (setTheme; null = system).
import { useTranslation } from 'react-i18next';
import { chooseTheme, useTheme, type ThemeChoice } from '../../theme/store';

const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export function ThemeSwitch() {
  const { t } = useTranslation();
  const choice = useTheme((s) => s.choice);
  const onChange = (next: ThemeChoice) => chooseTheme(next);
  return (
    <label className="language-switch">
      <span>{t('app.theme')}</span>
      <select value={choice} onChange={(e) => void onChange(e.target.value as ThemeChoice)}>
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`app.themes.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
