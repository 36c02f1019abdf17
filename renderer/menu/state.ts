// The native menu's state, read from the page's stores: what the main process needs to build the
// menu (shared/menu/state.ts). The undo labels are the words of the open account's next undo / redo step.
import type { MenuState } from '../../shared/menu/state';
import { layoutFor } from '../stores/layout';
import { useMap } from '../stores/map';
import { useUi } from '../stores/ui';
import { useHighlight } from '../features/highlight/store';
import { useScenario } from '../features/scenario/store';
import { useTimeTravel } from '../features/timetravel/store';
import { stepWords, useUndo } from '../features/undo/undoStore';
import { useTheme } from '../theme/store';

/** Focus is in a field that takes typing (its Undo is the field's). */
export function editingText(): boolean {
  const el = typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null);
  if (!el) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes((el as HTMLInputElement).type);
}

export function currentMenuState(): MenuState {
  const map = useMap.getState().map;
  const ui = useUi.getState();
  const filters = useHighlight.getState();
  const undo = useUndo.getState().state;
  const mode = useScenario.getState().active ? 'scenario' : useTimeTravel.getState().map ? 'past' : 'live';
  return {
    language: ui.language,
    hasAccount: map !== null,
    mode,
    undoLabel: map && undo?.undo ? stepWords(undo.undo) : null,
    redoLabel: map && undo?.redo ? stepWords(undo.redo) : null,
    editingText: editingText(),
    theme: useTheme.getState().choice,
    layout: layoutFor(map?.account.id),
    supportBaseOnly: filters.supportBaseOnly,
    keyPeopleOnly: filters.keyPeopleOnly,
    legendOpen: ui.legendOpen,
  };
}
