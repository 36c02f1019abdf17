// Hosts the Cytoscape container; React only mounts it and forwards data and selection.
import { useEffect, useRef } from 'react';
import type { Position } from '../../../shared/domain/model';
import { useTranslation } from 'react-i18next';
import { labelText } from '../../graph/elements';
import { graph } from '../../graph/instance';
import { LABEL_EXTRAS } from '../../graph/labelFonts';
import { fontsLoadedFor, loadFontsFor } from '../../styles/fontStack';
import { installTestHook } from '../../graph/testHook';
import { useLayout } from '../../stores/layout';
import { useMap } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { withShape } from '../timetravel/shape';
import { useTimeTravel } from '../timetravel/store';
import { MAP_HINT_ID, MapKeyboard } from './MapKeyboard';
import { applyMapTheme } from '../../graph/themeStyle';
import { useTheme } from '../../theme/store';

/** `loading`: the next account's map is on its way; the previous one stays in the instance, unseen. */
export function MapCanvas({ accountName, loading = false }: { accountName: string; loading?: boolean }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useMap((s) => s.map);
  const selectedIds = useSelection((s) => s.personIds);
  const past = useTimeTravel((s) => s.map);
  const wasPast = useRef(false);
  const todayShape = useRef<Position[] | null>(null);

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

  const theme = useTheme((s) => s.theme);
  useEffect(() => {
    if (graph.instance) applyMapTheme(graph.instance, theme);
  }, [theme]);

  useEffect(() => {
    graph.setSelected(selectedIds);
  }, [selectedIds]);

  const orgChart = useLayout((s) => s.layout === 'org-chart' && s.accountId === map?.account.id);
  useEffect(() => {
    graph.setQuietNonHierarchy(orgChart);
  }, [orgChart]);
  // Their layouts leave room for a one-line title (labelSize.ts), so every name reads at fit.
  const compactLabels = useLayout((s) => (s.layout === 'org-chart' || s.layout === 'rings') && s.accountId === map?.account.id);
  useEffect(() => {
    graph.setCompactLabels(compactLabels);
  }, [compactLabels]);

  useEffect(() => {
    const isPast = !!(past && map && past.account.id === map.account.id);
    const shown = isPast ? past : map;
    if (!shown) return;
    const draw = () => {
      // Entering or leaving the past redraws from scratch in today's on-screen shape, kept while in the past.
      const switched = wasPast.current !== isPast;
      wasPast.current = isPast;
      if (switched && isPast) todayShape.current = graph.positions();
      const shape = todayShape.current;
      if (!isPast) todayShape.current = null;
      graph.setReadOnly(isPast);
      graph.setData(shape ? { ...shown, positions: withShape(shown.positions, shape, shown.people) } : shown, { replace: switched });
    };
    // Cytoscape measures and draws each label once per text and font: the faces the labels need load
    // before the map gets them, so a big account is styled and drawn once — not a second time when a
    // Chinese face's slice arrives (graph/labelFonts.ts), which froze 2,000 people for another 0.5 s.
    const texts = [...shown.people.map(labelText), LABEL_EXTRAS];
    if (fontsLoadedFor(texts)) {
      draw();
      return;
    }
    let live = true;
    void loadFontsFor(texts).then(() => {
      if (live) draw();
    });
    return () => {
      live = false;
    };
  }, [map, past]);

  return (
    <>
      <div
        className="map-canvas"
        ref={container}
        role="region"
        tabIndex={loading ? -1 : 0}
        aria-hidden={loading || undefined}
        style={loading ? { visibility: 'hidden' } : undefined}
        aria-label={t('map.region', { name: accountName })}
        aria-describedby={MAP_HINT_ID}
      />
      <MapKeyboard container={container} />
    </>
  );
}
