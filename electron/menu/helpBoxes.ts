// The two Help items the main process answers itself, as text for a native message box: the
// keyboard shortcuts (read from the menu template, so the list never disagrees with the menu) and
// About (version and where the data file is). Pure: unit-tested without Electron.
import { menuLabel, type MenuLanguage } from './labels';
import { flattenMenu, type MenuItemSpec } from './template';

export interface MessageBoxText {
  title: string;
  message: string;
  detail: string;
}

/** An accelerator as the rep reads it on this OS: "CmdOrCtrl+Shift+Z" → "Ctrl+Shift+Z" or "⌘⇧Z". */
export function readableAccelerator(accelerator: string, isMac: boolean): string {
  const parts = accelerator.split('+').map((p) => (p === 'Plus' ? '+' : p));
  if (!isMac) return parts.map((p) => (p === 'CmdOrCtrl' ? 'Ctrl' : p)).join('+');
  const mac: Record<string, string> = { CmdOrCtrl: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };
  return parts.map((p) => mac[p] ?? p).join('');
}

export function shortcutsBox(template: readonly MenuItemSpec[], language: MenuLanguage, isMac: boolean): MessageBoxText {
  const lines = flattenMenu(template)
    .filter((item) => item.accelerator && item.label)
    .map((item) => `${readableAccelerator(item.accelerator!, isMac)}\t${item.label}`);
  const title = menuLabel(language, 'shortcuts.title');
  return { title, message: title, detail: lines.join('\n') };
}

export function aboutBox(language: MenuLanguage, version: string, dbPath: string): MessageBoxText {
  return {
    title: menuLabel(language, 'help.about'),
    message: menuLabel(language, 'about.message', { version }),
    detail: menuLabel(language, 'about.detail', { dbPath }),
  };
}
