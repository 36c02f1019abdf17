// The app's one map: a GraphAdapter wired to the stores. Features that draw on or read the map
// (layout switch, highlights, search, export) import `graph` from here.
import { GraphAdapter } from './adapter';
import { useMap } from '../stores/map';
import { layoutFor } from '../stores/layout';
import { useSelection } from '../stores/selection';
import { useUi } from '../stores/ui';
import { useTimeTravel } from '../features/timetravel/store';

export const graph = new GraphAdapter({
  onSelect(personId, additive) {
    if (additive && personId) useSelection.getState().togglePerson(personId);
    else useSelection.getState().selectPerson(personId);
  },
  onGrab(positions) {
    // Nothing of the rep's arrangement saved yet: keep the spots before the drag, so undoing the drag returns to them.
    const map = useMap.getState().map;
    if (useTimeTravel.getState().map || !map || map.positions.length > 0 || layoutFor(map.account.id) !== 'saved') return;
    void useMap.getState().savePositions(positions, { undoable: false }).catch(() => undefined);
  },
  onPositionsChanged(positions, options) {
    // The past is read-only: nothing dragged there is saved.
    if (useTimeTravel.getState().map) return;
    useMap
      .getState()
      .savePositions(positions, options)
      .catch(() => useUi.getState().notify({ kind: 'error', key: 'error.internal', params: { detail: 'positions' } }));
  },
});
