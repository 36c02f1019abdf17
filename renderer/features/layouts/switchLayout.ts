// Switching the map's layout: the positions saved for that layout come back as they were; a layout
// never arranged before is computed once and saved, so returning to it is instant and drags persist.
import type { LayoutName } from '../../../shared/domain/model';
import { computeInfluence } from '../../../shared/domain/influence';
import { call } from '../../api/client';
import { graph } from '../../graph/instance';
import { openLayout, toPositionList } from '../../graph/layouts';
import { useMap } from '../../stores/map';
import { layoutFor, useLayout } from '../../stores/layout';

export async function switchLayout(layout: LayoutName): Promise<void> {
  const map = useMap.getState().map;
  if (!map) return;
  const accountId = map.account.id;
  const previous = layoutFor(accountId);
  if (previous === layout) return;
  // The first view was laid out but never saved: keep it as the rep's saved view before leaving it.
  if (previous === 'saved' && map.positions.length === 0) await useMap.getState().savePositions(graph.positions(), { undoable: false });
  useLayout.getState().choose(accountId, layout);
  useLayout.getState().setBusy(true);
  try {
    const forLayout = await call('getAccountMap', { accountId, layout });
    const scores = new Map([...computeInfluence(forLayout.people, forLayout.relationships)].map(([id, s]) => [id, s.score]));
    const opened = await openLayout(layout, forLayout.positions, { people: forLayout.people, relationships: forLayout.relationships, scores });
    // The rep may have switched again, or opened another account, while this was computed.
    if (layoutFor(useMap.getState().map?.account.id) !== layout || useMap.getState().map?.account.id !== accountId) return;
    graph.showPositions(opened.positions);
    if (opened.computed) await call('savePositions', { accountId, layout, positions: toPositionList(opened.positions), undoable: false });
  } finally {
    useLayout.getState().setBusy(false);
  }
}
