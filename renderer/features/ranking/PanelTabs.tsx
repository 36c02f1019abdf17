// Tabs at the top of the right panel: People (list or selected person) | Ranking.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSelection } from '../../stores/selection';
import { usePanelTab, type PanelTab } from './panelTab';
import './ranking.css';

const TABS: PanelTab[] = ['people', 'ranking', 'timeline', 'changes'];
const LABEL: Record<PanelTab, string> = { people: 'ranking.tabs.people', ranking: 'ranking.tabs.ranking', timeline: 'timeline.tab', changes: 'changes.tab' };

export function PanelTabs() {
  const { t } = useTranslation();
  const tab = usePanelTab((s) => s.tab);
  const setTab = usePanelTab((s) => s.setTab);
  const mode = useSelection((s) => s.mode);
  // "Add person" opens its form in the People tab.
  useEffect(() => {
    if (mode === 'new-person') usePanelTab.getState().setTab('people');
  }, [mode]);
  return (
    <div className="panel-tabs" role="tablist" aria-label={t('ranking.tabs.label')}>
      {TABS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`panel-tab-${id}`}
          aria-selected={tab === id}
          className={tab === id ? 'active' : ''}
          onClick={() => setTab(id)}
        >
          {t(LABEL[id])}
        </button>
      ))}
    </div>
  );
}
