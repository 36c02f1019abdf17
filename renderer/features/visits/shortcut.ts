// Ctrl+Shift+L (⌘⇧L on a Mac) logs a visit with the people selected on the map, from anywhere in the window.
import { useMap } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { selectReadOnly, useTimeTravel } from '../timetravel/store';
import { useVisits } from './store';

/** Ctrl+Shift+L / ⌘⇧L: log a visit. */
export const isLogVisitShortcut = (e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean =>
  (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && (e.code === 'KeyL' || e.key.toLowerCase() === 'l');

/** Opens the form for a new visit held today with the selected people (nothing while the past is shown). */
export function openLogVisit(): void {
  if (selectReadOnly(useTimeTravel.getState()) || !useMap.getState().map) return;
  useVisits.getState().openForm({ mode: 'log', attendeeIds: [...useSelection.getState().personIds] });
}
