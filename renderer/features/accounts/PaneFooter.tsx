// The accounts pane's footer: app-level controls (import a whole account, backups, language, theme),
// kept out of the map toolbar because they are about the app, not the map on screen.
import { useTranslation } from 'react-i18next';
import { BackupsButton } from '../backups/BackupsButton';
import { AccountImportButton } from '../import/AccountImportButton';
import { LanguageSwitch } from '../settings/LanguageSwitch';
import { ThemeSwitch } from '../settings/ThemeSwitch';

export function PaneFooter() {
  const { t } = useTranslation();
  return (
    <div className="pane-footer" role="group" aria-label={t('accounts.appTools')}>
      <div className="pane-footer-buttons">
        <AccountImportButton />
        <BackupsButton />
      </div>
      <LanguageSwitch />
      <ThemeSwitch />
    </div>
  );
}
