// Boot: read the app info, pick the language, load accounts, open the first one, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from './api/client';
import { initI18n, pickLanguage } from './i18n';
import { App } from './App';
import { useAccounts } from './stores/accounts';
import { useUi } from './stores/ui';
import './styles/app.css';
import './styles/panels.css';

async function boot(): Promise<void> {
  const info = await call('getAppInfo', {});
  const language = pickLanguage(info.language, info.systemLocale || navigator.language);
  await initI18n(language);
  useUi.getState().setLanguage(language);
  await useAccounts.getState().load();
  const first = useAccounts.getState().list.find((a) => !a.archived);
  if (first) useAccounts.getState().select(first.id);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

boot().catch((err: unknown) => {
  const root = document.getElementById('root');
  if (root) root.textContent = `Powermap could not start: ${err instanceof Error ? err.message : String(err)}`;
});
