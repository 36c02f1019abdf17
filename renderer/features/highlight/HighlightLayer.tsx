// Keeps the live map highlighted (size by score, support-base halo, filters) and says how many are shown.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import { applyHighlight } from '../../graph/highlight';
import { installHighlightTestHook } from '../../graph/highlightTestHook';
import { graph } from '../../graph/instance';
import { influenceOf } from '../ranking/influence';
import { filtersOf, useHighlight } from './store';
import { isFiltering, visiblePeople } from './visibility';
import './highlight.css';

export function HighlightLayer({ map }: { map: AccountMap }) {
  const { t } = useTranslation();
  const state = useHighlight();
  const filters = useMemo(() => filtersOf(state), [state]);
  const { ranked } = influenceOf(map);
  const visible = useMemo(() => (isFiltering(filters) ? visiblePeople(ranked, filters) : null), [ranked, filters]);

  useEffect(() => {
    installHighlightTestHook(graph);
    const apply = () => {
      if (graph.instance) applyHighlight(graph.instance, ranked, visible);
    };
    apply();
    // The adapter rebuilds nodes on data changes and layouts; re-apply after each.
    return graph.onChange(apply);
  }, [ranked, visible]);

  // A filter turned on, changed or off: fit the map to the people now shown.
  const shownKey = visible ? [...visible].sort().join(',') : '';
  const lastKey = useRef(shownKey);
  useEffect(() => {
    if (lastKey.current === shownKey) return;
    lastKey.current = shownKey;
    graph.fit();
  }, [shownKey]);

  if (!visible) return null;
  return (
    <div className="filter-status" role="status">
      <span>{t('highlight.shown', { shown: visible.size, total: ranked.length })}</span>
      <button type="button" className="link" onClick={() => state.reset()}>
        {t('highlight.clear')}
      </button>
    </div>
  );
}
