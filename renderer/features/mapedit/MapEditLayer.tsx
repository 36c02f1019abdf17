// Editing on the map, over the Cytoscape canvas: installs the gestures (mapGestures.ts) on the app's
// map and draws the hover card, the connect handle, the person menu, the in-place relationship form
// and the delete confirmation. Nothing here is drawn on the canvas, so exports never carry it.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import { graph } from '../../graph/instance';
import { useSelection } from '../../stores/selection';
import { usePanelTab } from '../ranking/panelTab';
import { useTimeTravel } from '../timetravel/store';
import { ConnectHandle } from './ConnectHandle';
import { ConnectPopover } from './ConnectPopover';
import { HoverCard } from './HoverCard';
import { installMapGestures, type MapEditGestures } from './mapGestures';
import { menuEnv } from './menuEnv';
import { PersonMenu } from './PersonMenu';
import { useMapEdit } from './store';
import './mapedit.css';

/** Double-click: the person's panel, with focus in its form (the first field, Name). */
function openPerson(personId: string): void {
  useSelection.getState().selectPerson(personId);
  usePanelTab.getState().setTab('people');
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.person-panel .person-form input')?.focus());
}

export function MapEditLayer({ map }: { map: AccountMap }) {
  const { t } = useTranslation();
  const readOnly = useTimeTravel((s) => s.map !== null);
  const [gestures, setGestures] = useState<MapEditGestures | null>(null);
  const env = useMemo(() => menuEnv(t), [t]);

  useEffect(() => {
    let installed: MapEditGestures | null = null;
    let installedOn: unknown = null;
    const install = () => {
      const cy = graph.instance;
      if (!cy || cy === installedOn) return;
      installed?.destroy();
      installedOn = cy;
      installed = installMapGestures(cy, { openPerson, menuTarget: () => useSelection.getState().personId });
      setGestures(installed);
    };
    install();
    const off = graph.onChange(install);
    return () => {
      off();
      installed?.destroy();
      setGestures(null);
    };
  }, []);

  useEffect(() => {
    gestures?.connect.setEnabled(!readOnly);
  }, [gestures, readOnly]);

  // Another account, or the past: whatever was open belonged to the map before.
  const accountId = map.account.id;
  useEffect(() => {
    const s = useMapEdit.getState();
    s.setHover(null);
    if (s.menu || s.connect) s.close();
  }, [accountId, readOnly]);

  const boundary = gestures ? (graph.instance?.container() ?? null) : null;
  return (
    <>
      <HoverCard map={map} boundary={boundary} />
      {readOnly ? null : <ConnectHandle map={map} gestures={gestures} boundary={boundary} />}
      <PersonMenu map={map} readOnly={readOnly} env={env} boundary={boundary} />
      {readOnly ? null : <ConnectPopover map={map} boundary={boundary} />}
    </>
  );
}
