// Right pane: the people list, a new-person form, or the selected person.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap, selectPerson } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { PANEL_ID, PanelTabs, tabId } from '../ranking/PanelTabs';
import { RankingView } from '../ranking/RankingView';
import { usePanelTab } from '../ranking/panelTab';
import { PeopleList } from './PeopleList';
import { PersonForm } from './PersonForm';
import { PersonPanel } from './PersonPanel';
import { ChangesView } from '../changes/ChangesView';
import { TimelineView } from '../timeline/TimelineView';
import { PastPeoplePanel } from '../timetravel/PastPeoplePanel';
import { useTimeTravel } from '../timetravel/store';
import { ScenarioPanel } from '../scenario/ScenarioPanel';
import { useScenario } from '../scenario/store';
import { VisitsView } from '../visits/VisitsView';

export function RightPanel() {
  const { t } = useTranslation();
  const map = useMap((s) => s.map);
  const mode = useSelection((s) => s.mode);
  const personId = useSelection((s) => s.personId);
  const clear = useSelection((s) => s.clear);
  const tab = usePanelTab((s) => s.tab);
  const past = useTimeTravel((s) => s.map);
  const scenario = useScenario((s) => s.active);
  // The hidden list keeps the map it last showed, so edits made while a person is open do not redraw it.
  const [listMap, setListMap] = useState(map);
  if (listMap !== map && (!personId || !map || listMap?.account.id !== map.account.id)) setListMap(map);
  if (!map) return <aside className="right-panel" aria-label={t('person.listHeading')} />;
  const person = selectPerson(map, personId);
  return (
    <aside className="right-panel" aria-label={t('person.listHeading')}>
      <PanelTabs />
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(tab)}>
        {tab === 'visits' ? (
          <VisitsView accountId={map.account.id} />
        ) : tab === 'timeline' ? (
          <TimelineView accountId={map.account.id} />
        ) : tab === 'changes' ? (
          <ChangesView accountId={map.account.id} />
        ) : tab === 'ranking' && mode !== 'new-person' ? (
          <RankingView map={past ?? map} />
        ) : past && scenario ? (
          <ScenarioPanel map={past} />
        ) : past ? (
          <PastPeoplePanel map={past} />
        ) : mode === 'new-person' ? (
          <section aria-label={t('person.newHeading')}>
            <button type="button" className="link back" onClick={clear}>
              ← {t('person.back')}
            </button>
            <h2>{t('person.newHeading')}</h2>
            <PersonForm person={null} />
          </section>
        ) : (
          <>
            {person ? <PersonPanel person={person} map={map} /> : null}
            {/* Kept, hidden, while a person is open: taking a 20,000-row list out of the page and
                building it again on Back froze the window for tens of seconds. */}
            <PeopleList map={person && listMap ? listMap : map} hidden={!!person} />
          </>
        )}
      </div>
    </aside>
  );
}
