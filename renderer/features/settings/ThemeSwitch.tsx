// Light, dark, or follow the system: applied at once and remembered (setTheme; null = system).
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useTheme, type ThemeChoice } from '../../theme/store';

const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export function ThemeSwitch() {
  const { t } = useTranslation();
  const choice = useTheme((s) => s.choice);
  const onChange = async (next: ThemeChoice) => {
    useTheme.getState().setChoice(next);
    await call('setTheme', { theme: next === 'system' ? null : next });
  };
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
