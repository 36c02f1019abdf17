// The command state, read from the stores when a command is asked whether it can run.
import { useMap } from '../stores/map';
import { useSelection } from '../stores/selection';
import { selectReadOnly, useTimeTravel } from '../features/timetravel/store';
import { useMapFocus } from '../features/map/mapFocus';
import { useUndo } from '../features/undo/undoStore';
import type { CommandState } from './types';

export function commandState(): CommandState {
  const map = useMap.getState().map;
  const focused = useMapFocus.getState().personId;
  const selected = useSelection.getState().personId;
  const has = (id: string | null) => !!id && !!map?.people.some((p) => p.id === id);
  const undo = useUndo.getState();
  const readOnly = selectReadOnly(useTimeTravel.getState());
  return {
    canUndo: !readOnly && (map ? !!undo.state?.undo : undo.deleted.length > 0),
    canRedo: !readOnly && !!map && !!undo.state?.redo,
    hasAccount: !!map,
    readOnly,
    personId: has(focused) ? focused : has(selected) ? selected : null,
    hasPeople: (map?.people.length ?? 0) > 0,
  };
}
