// Hosts the Cytoscape container; React only mounts it and forwards data and selection.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { graph } from '../../graph/instance';
import { installTestHook } from '../../graph/testHook';
import { useMap } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { useTimeTravel } from '../timetravel/store';

export function MapCanvas({ accountName }: { accountName: string }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useMap((s) => s.map);
  const selectedId = useSelection((s) => s.personId);
  const past = useTimeTravel((s) => s.map);
  const wasPast = useRef(false);

  useEffect(() => {
    if (!container.current) return;
    graph.mount(container.current);
    installTestHook(graph);
    const observer = new ResizeObserver(() => graph.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      graph.destroy();
    };
  }, []);

  useEffect(() => {
    graph.setSelected(selectedId);
  }, [selectedId]);

  useEffect(() => {
    const shown = past && map && past.account.id === map.account.id ? past : map;
    if (!shown) return;
    // Entering or leaving the past redraws from scratch, so today's arrangement comes back exactly.
    const switched = wasPast.current !== (shown === past);
    wasPast.current = shown === past;
    graph.setReadOnly(shown === past);
    graph.setData(shown, { replace: switched });
  }, [map, past]);

  return <div className="map-canvas" ref={container} role="region" aria-label={t('map.region', { name: accountName })} />;
}
