// Boot: read the app info, pick the language, load accounts, restore the view the rep left (open
// account, panes, legend, tab), render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from './api/client';
import { initI18n, pickLanguage } from './i18n';
import { Root } from './features/brief/Root';
import { RecoveryScreen } from './features/recovery/RecoveryScreen';
import { useAccounts } from './stores/accounts';
import { useUi } from './stores/ui';
import { rememberView, restoreView } from './features/viewMemory/remember';
import { initTheme } from './theme/store';
import { resources } from './i18n/resources';
import { loadFontsFor, stringsIn } from './styles/fontStack';
import './styles/fonts';
import './styles/app.css';
import './styles/panels.css';
import './styles/theme-dark.css';

async function boot(): Promise<void> {
  const info = await call('getAppInfo', {});
  initTheme(info.theme);
  const language = pickLanguage(info.language, info.systemLocale || navigator.language);
  await initI18n(language);
  // The first frame in the shipped faces, not a fallback swapped later: load those the interface's
  // words need (from the app's own files, so quick; never more than a second and a half).
  await Promise.race([loadFontsFor(stringsIn(resources[language])), new Promise((resolve) => setTimeout(resolve, 1500))]);
  useUi.getState().setLanguage(language);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  // A damaged or too-new database: say so and offer the backups instead of the app (never silent).
  const startup = await call('getStartupStatus', {});
  if (startup.status !== 'ok') {
    createRoot(root).render(<RecoveryScreen status={startup} />);
    return;
  }
  await useAccounts.getState().load();
  // The view as the rep left it: panes, legend, tab, and the account open last (else the first).
  const open = await restoreView();
  if (open) useAccounts.getState().select(open);
  rememberView();
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}

boot().catch((err: unknown) => {
  const root = document.getElementById('root');
  if (root) root.textContent = `Powermap could not start: ${err instanceof Error ? err.message : String(err)}`;
});
