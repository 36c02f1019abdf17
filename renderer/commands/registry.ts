// Every command of the app, in one list. Ids are dotted and stable: the native menus and the map's
// context menu send them (runCommand), the palette lists them, the shortcuts dialog is generated from
// them. Undo and redo are commands like the rest (their words — "Undo: change X's stance" — are on
// the toolbar buttons and in the menu; features/undo keeps the stack's state).
import { LAYOUTS } from '../../shared/domain/model';
import { graph } from '../graph/instance';
import { useSelection } from '../stores/selection';
import { useUi } from '../stores/ui';
import { switchLayout } from '../features/layouts/switchLayout';
import { openLogVisit } from '../features/visits/shortcut';
import { setMapFocus } from '../features/map/mapFocus';
import { focusPerson } from '../graph/highlightFocus';
import { useUndo } from '../features/undo/undoStore';
import { useCommandDialogs } from './dialogs';
import { commandState } from './state';
import type { Command, CommandState } from './types';

const open = (s: CommandState) => s.hasAccount;
const editable = (s: CommandState) => s.hasAccount && !s.readOnly;
const onPerson = (s: CommandState) => s.personId !== null;
const dialogs = useCommandDialogs.getState;

/** Focuses the element a command hands the keyboard to, once React has drawn it. */
function focusSoon(selector: string, select = false): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLInputElement>(selector);
    el?.focus();
    if (select) el?.select();
  });
}

export const COMMANDS: readonly Command[] = [
  {
    id: 'person.add',
    group: 'person',
    labelKey: 'command.person.add',
    keys: ['n'],
    enabled: editable,
    run() {
      useSelection.getState().startNewPerson();
      focusSoon('form.person-form [name="name"]');
    },
  },
  {
    id: 'person.open',
    group: 'person',
    labelKey: 'command.person.open',
    keys: ['Enter'],
    scope: 'map',
    enabled: onPerson,
    run(s) {
      if (!s.personId) return;
      useSelection.getState().selectPerson(s.personId);
      focusPerson(graph.instance, s.personId);
    },
  },
  {
    id: 'person.delete',
    group: 'person',
    labelKey: 'command.person.delete',
    keys: ['Delete', 'Backspace'],
    scope: 'map',
    enabled: (s) => editable(s) && onPerson(s),
    run(s) {
      if (s.personId) dialogs().set({ deletePersonId: s.personId });
    },
  },
  {
    id: 'map.clear',
    group: 'person',
    labelKey: 'command.map.clear',
    keys: ['Escape'],
    scope: 'map',
    enabled: open,
    run() {
      setMapFocus(null);
      useSelection.getState().clear();
    },
  },
  {
    id: 'visit.log',
    group: 'person',
    labelKey: 'command.visit.log',
    // Bound by the visits feature itself (features/visits/VisitsHost.tsx); listed here for the palette and the list.
    keys: ['$mod+Shift+KeyL'],
    scope: 'map',
    enabled: editable,
    run: openLogVisit,
  },
  // Never while typing in a field: the field's own undo wins there.
  { id: 'edit.undo', group: 'app', labelKey: 'command.edit.undo', keys: ['$mod+z'], enabled: (s) => s.canUndo, run: () => useUndo.getState().run('undo') },
  { id: 'edit.redo', group: 'app', labelKey: 'command.edit.redo', keys: ['$mod+Shift+z', 'Control+y'], enabled: (s) => s.canRedo, run: () => useUndo.getState().run('redo') },
  { id: 'view.zoomIn', group: 'view', labelKey: 'command.view.zoomIn', keys: ['[Shift]+Equal', 'NumpadAdd'], enabled: open, run: () => graph.zoomBy(1.25) },
  { id: 'view.zoomOut', group: 'view', labelKey: 'command.view.zoomOut', keys: ['Minus', 'NumpadSubtract'], enabled: open, run: () => graph.zoomBy(0.8) },
  { id: 'view.fit', group: 'view', labelKey: 'command.view.fit', keys: ['Digit0', 'Numpad0'], enabled: open, run: () => graph.fit() },
  ...LAYOUTS.map(
    (name): Command => ({
      id: `view.layout.${name}`,
      group: 'view',
      labelKey: `command.view.layout.${name}`,
      keys: [],
      enabled: editable,
      run: () => switchLayout(name),
    }),
  ),
  { id: 'view.legend', group: 'view', labelKey: 'command.view.legend', keys: [], enabled: open, run: () => useUi.getState().toggleLegend() },
  {
    id: 'search.focus',
    group: 'app',
    labelKey: 'command.search.focus',
    keys: ['$mod+f'],
    inFields: true,
    enabled: open,
    run: () => focusSoon('[data-command-target="search"]', true),
  },
  {
    id: 'export.png',
    group: 'app',
    labelKey: 'command.export.png',
    keys: [],
    enabled: (s) => s.hasAccount && s.hasPeople,
    run: () => dialogs().set({ exportOpen: true }),
  },
  { id: 'palette.open', group: 'app', labelKey: 'command.palette.open', keys: ['$mod+k'], inFields: true, enabled: () => true, run: () => dialogs().set({ palette: true }) },
  { id: 'help.shortcuts', group: 'app', labelKey: 'command.help.shortcuts', keys: ['[Shift]+?'], enabled: () => true, run: () => dialogs().set({ shortcuts: true }) },
];

/** Commands whose keys the visits feature binds itself. */
export const SELF_BOUND = new Set(['visit.log']);

export function findCommand(id: string): Command | undefined {
  return COMMANDS.find((c) => c.id === id);
}

/** Whether the command exists and can run now (for menus: enabled state). */
export function isEnabled(id: string, state: CommandState = commandState()): boolean {
  const command = findCommand(id);
  return !!command && command.enabled(state);
}

/** Runs a command by id if it can run now; returns whether it ran. The one entry point for menus and context menus. */
export function runCommand(id: string): boolean {
  const command = findCommand(id);
  const state = commandState();
  if (!command || !command.enabled(state)) return false;
  void Promise.resolve(command.run(state)).catch(() => useUi.getState().notify({ kind: 'error', key: 'error.internal', params: { detail: id } }));
  return true;
}
