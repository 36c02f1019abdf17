// Tabs at the top of the right panel: People (list or selected person) | Visits | Ranking | … — ARIA
// tabs: one tab stop, arrow keys (Home / End) move between tabs, each controls the panel below.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSelection } from '../../stores/selection';
import { usePanelTab, type PanelTab } from './panelTab';
import './ranking.css';

const TABS: PanelTab[] = ['people', 'visits', 'ranking', 'timeline', 'changes'];
const LABEL: Record<PanelTab, string> = { people: 'ranking.tabs.people', visits: 'visits.tab', ranking: 'ranking.tabs.ranking', timeline: 'timeline.tab', changes: 'changes.tab' };
/** The one panel the tabs control (RightPanel renders it). */
export const PANEL_ID = 'right-panel-tabpanel';
export const tabId = (tab: PanelTab): string => `panel-tab-${tab}`;

export function PanelTabs() {
  const { t } = useTranslation();
  const tab = usePanelTab((s) => s.tab);
  const setTab = usePanelTab((s) => s.setTab);
  const mode = useSelection((s) => s.mode);
  const list = useRef<HTMLDivElement>(null);
  // "Add person" opens its form in the People tab.
  useEffect(() => {
    if (mode === 'new-person') usePanelTab.getState().setTab('people');
  }, [mode]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const to = TABS[(next + TABS.length) % TABS.length]!;
    setTab(to);
    list.current?.querySelector<HTMLElement>(`#${tabId(to)}`)?.focus();
  };

  return (
    <div className="panel-tabs" role="tablist" aria-label={t('ranking.tabs.label')} ref={list} onKeyDown={onKeyDown}>
      {TABS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={tabId(id)}
          aria-selected={tab === id}
          aria-controls={PANEL_ID}
          tabIndex={tab === id ? 0 : -1}
          className={tab === id ? 'active' : ''}
          onClick={() => setTab(id)}
        >
          {t(LABEL[id])}
        </button>
      ))}
    </div>
  );
}
