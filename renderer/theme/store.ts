// The colour theme: the rep's choice (light / dark / system, remembered through setTheme) and the
// theme in effect — "system" follows the OS through prefers-color-scheme, live.
import { create } from 'zustand';
import { call } from '../api/client';

export type ThemeChoice = 'light' | 'dark' | 'system';
export type Theme = 'light' | 'dark';

interface ThemeState {
  choice: ThemeChoice;
  /** The theme on screen now. */
  theme: Theme;
  setChoice(choice: ThemeChoice): void;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemTheme(): Theme {
  return globalThis.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
}

function resolve(choice: ThemeChoice): Theme {
  return choice === 'system' ? systemTheme() : choice;
}

/** The stylesheets key off `data-theme` on <html>; `color-scheme` gives native controls (scrollbars, pickers) the same look. */
function paint(theme: Theme): void {
  const root = globalThis.document?.documentElement;
  if (!root) return;
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
}

export const useTheme = create<ThemeState>()((set) => ({
  choice: 'system',
  theme: 'light',
  setChoice(choice) {
    const theme = resolve(choice);
    paint(theme);
    set({ choice, theme });
  },
}));

/** Boot: apply the stored choice and keep "system" in step with the OS. */
export function initTheme(stored: Theme | null): void {
  useTheme.getState().setChoice(stored ?? 'system');
  globalThis.matchMedia?.(DARK_QUERY).addEventListener('change', () => {
    const { choice, setChoice } = useTheme.getState();
    if (choice === 'system') setChoice('system');
  });
}

/** The rep picks a theme (the switch, the View menu): applied at once, then remembered (null = follow the OS). */
export async function chooseTheme(choice: ThemeChoice): Promise<void> {
  useTheme.getState().setChoice(choice);
  await call('setTheme', { theme: choice === 'system' ? null : choice });
}
