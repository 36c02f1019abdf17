// What each native-menu command does in the page: ONE table, a handler for every id the menu sends
// (shared/menu/commands.ts). Handlers call the existing store actions; dialogs whose open state
// lives in their button are opened by that button, found by its words, so the menu and the screen
// do exactly the same thing. Commands not possible right now (no account, the past shown) are
// disabled in the menu, and a handler that arrives anyway does nothing.
import type { LayoutName } from '../../shared/domain/model';
import type { RendererCommandId } from '../../shared/menu/commands';
import { runCommand } from '../commands/registry';
import { chooseTheme } from '../theme/store';
import { useCommandDialogs } from '../commands/dialogs';
import { i18next } from '../i18n';
import { useMap } from '../stores/map';
import { useSelection } from '../stores/selection';
import { useUi } from '../stores/ui';
import { useHighlight } from '../features/highlight/store';
import { switchLayout } from '../features/layouts/switchLayout';
import { selectReadOnly, useTimeTravel } from '../features/timetravel/store';
import { openLogVisit } from '../features/visits/shortcut';
import { useVisits } from '../features/visits/store';
import { editingText } from './state';

type Handler = () => void;

const nextFrame = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn));

/** The enabled button inside `scope` that reads `t(key)`, if it is on screen. */
function button(scope: string, key: string): HTMLButtonElement | null {
  const words = i18next.t(key);
  const all = Array.from(document.querySelectorAll<HTMLButtonElement>(`${scope} button`));
  return all.find((b) => !b.disabled && b.textContent?.trim() === words) ?? null;
}

/** Opens a dialog with its own button, then (optionally) puts focus on the dialog's button for this command. */
function openWith(scope: string, key: string, focusKey?: string): void {
  button(scope, key)?.click();
  if (focusKey) nextFrame(() => button('[role="dialog"]', focusKey)?.focus());
}

/** The accounts pane's own controls are there only while it is open: open it first. */
function inAccountsPane(fn: () => void): void {
  if (!useUi.getState().accountsCollapsed) return fn();
  useUi.getState().toggleAccounts();
  nextFrame(fn);
}

/** In a text field Undo / Redo undo the typing, as the field's own shortcut would; elsewhere the account's last edit. */
function undoOrTextEdit(command: 'undo' | 'redo'): void {
  // execCommand is deprecated but remains the only way to drive a field's own undo stack.
  if (editingText()) document.execCommand(command);
  else runCommand(command === 'undo' ? 'edit.undo' : 'edit.redo');
}

const live = (): boolean => !!useMap.getState().map && !selectReadOnly(useTimeTravel.getState());

const layout = (name: LayoutName): Handler => () => {
  if (live()) void switchLayout(name).catch(() => useUi.getState().notify({ kind: 'error', key: 'error.internal', params: { detail: 'layout' } }));
};

export const MENU_ACTIONS: Record<RendererCommandId, Handler> = {
  'file.newAccount': () => inAccountsPane(() => document.getElementById('new-account-name')?.focus()),
  'file.import': () => useCommandDialogs.getState().set({ importOpen: true }),
  'file.exportPng': () => openWith('.toolbar', 'export.open', 'export.savePng'),
  'file.exportSvg': () => openWith('.toolbar', 'export.open', 'export.saveSvg'),
  'file.exportBrief': () => openWith('.toolbar', 'export.open', 'export.openBrief'),
  'file.saveAccountFile': () => openWith('.toolbar', 'export.open', 'export.saveAccountJson'),
  'file.openAccountFile': () => {
    if (useMap.getState().map) useCommandDialogs.getState().set({ importOpen: true });
    else inAccountsPane(() => button('.pane-footer', 'import.accountButton')?.click());
  },
  'file.backups': () => inAccountsPane(() => button('.pane-footer', 'backups.open')?.click()),
  'edit.undo': () => undoOrTextEdit('undo'),
  'edit.redo': () => undoOrTextEdit('redo'),
  'edit.find': () => runCommand('search.focus'),
  'view.layout.saved': layout('saved'),
  'view.layout.orgChart': layout('org-chart'),
  'view.layout.network': layout('influence-network'),
  'view.layout.rings': layout('rings'),
  'view.filter.supportBase': () => useHighlight.getState().set({ supportBaseOnly: !useHighlight.getState().supportBaseOnly }),
  'view.filter.keyPeople': () => useHighlight.getState().set({ keyPeopleOnly: !useHighlight.getState().keyPeopleOnly }),
  'view.legend': () => useUi.getState().toggleLegend(),
  'view.zoomIn': () => runCommand('view.zoomIn'),
  'view.zoomOut': () => runCommand('view.zoomOut'),
  'view.fit': () => runCommand('view.fit'),
  'view.theme.light': () => void chooseTheme('light'),
  'view.theme.dark': () => void chooseTheme('dark'),
  'view.theme.system': () => void chooseTheme('system'),
  'account.addPerson': () => runCommand('person.add'),
  'account.details': () => {
    if (live()) useCommandDialogs.getState().set({ detailsOpen: true });
  },
  'account.logVisit': () => openLogVisit(),
  'account.planVisit': () => {
    if (live()) useVisits.getState().openForm({ mode: 'plan', attendeeIds: [...useSelection.getState().personIds] });
  },
};

export function runMenuCommand(id: RendererCommandId): void {
  MENU_ACTIONS[id]?.();
}
