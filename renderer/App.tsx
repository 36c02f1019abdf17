// The window: accounts on the left, the map in the centre, the selected person on the right.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountsPane } from './features/accounts/AccountsPane';
import { useAutoCollapseAccounts } from './features/accounts/useAutoCollapse';
import { AgendaView } from './features/agenda/AgendaView';
import { Legend } from './features/map/Legend';
import { MapCanvas } from './features/map/MapCanvas';
import { MapEditLayer } from './features/mapedit/MapEditLayer';
import { Toolbar } from './features/map/Toolbar';
import { ZoomControls } from './features/map/ZoomControls';
import { UndoButtons } from './features/undo/UndoButtons';
import { RightPanel } from './features/person/RightPanel';
import { NoticeBar } from './components/NoticeBar';
import { CoachingBanner } from './features/highlight/CoachingBanner';
import { HighlightLayer } from './features/highlight/HighlightLayer';
import { MapGuides } from './features/layouts/MapGuides';
import { usePanelTab } from './features/ranking/panelTab';
import { TimeTravelBanner } from './features/timetravel/TimeTravelBanner';
import { useTimeTravel } from './features/timetravel/store';
import { ScenarioBanner } from './features/scenario/ScenarioBanner';
import { useScenario } from './features/scenario/store';
import { VisitsHost } from './features/visits/VisitsHost';
import { PlanHost } from './features/plan/PlanDialog';
import { CommandsHost } from './commands/CommandsHost';
import { useAccounts } from './stores/accounts';
import { useMap } from './stores/map';
import { useSelection } from './stores/selection';
import { useUi } from './stores/ui';
import { PaneResizer } from './features/viewMemory/PaneResizer';
import { paneStyle, usePanes } from './features/viewMemory/panes';
import { useNativeMenu } from './menu/useNativeMenu';

export function App() {
  const { t } = useTranslation();
  const selectedAccountId = useAccounts((s) => s.selectedId);
  const accounts = useAccounts((s) => s.list);
  const map = useMap((s) => s.map);
  const loadMap = useMap((s) => s.load);
  const collapsed = useUi((s) => s.accountsCollapsed);
  // The ranking, timeline and changes need room; people and visits read fine in the narrow panel.
  const rankingOpen = usePanelTab((s) => s.tab !== 'people' && s.tab !== 'visits');
  const past = useTimeTravel((s) => s.map);
  const scenario = useScenario((s) => s.active !== null);
  const panes = usePanes();
  useAutoCollapseAccounts();
  useNativeMenu();

  useEffect(() => {
    useSelection.getState().clear();
    useUi.getState().notify(null);
    loadMap(selectedAccountId).catch(() => useAccounts.getState().select(null));
  }, [selectedAccountId, loadMap]);

  const account = accounts.find((a) => a.id === selectedAccountId) ?? null;
  const live = map && account && map.account.id === account.id ? map : null;
  // While time travelling, everything shows that day's (read-only) account.
  const shown = live && past && past.account.id === live.account.id ? past : live;

  return (
    <div className={`app${collapsed ? ' accounts-collapsed' : ''}${rankingOpen ? ' ranking-wide' : ''}${past && !scenario ? ' time-travel' : ''}${scenario ? ' scenario' : ''}`} style={paneStyle(panes)}>
      <AccountsPane />
      <main className="centre">
        {collapsed ? null : <PaneResizer side="accounts" pane="accountsWidth" />}
        {shown ? <PaneResizer side="right" pane={rankingOpen ? 'wideWidth' : 'rightWidth'} /> : null}
        <Toolbar title={account ? account.name : t('app.name')} peopleCount={shown?.people.length ?? 0} hasAccount={!!shown} />
        <TimeTravelBanner />
        <ScenarioBanner />
        {shown ? <CoachingBanner map={shown} /> : null}
        <div className="map-area">
          <NoticeBar />
          {/* One map instance for the session: switching accounts keeps it (hidden while the next one
              loads), so its canvases, image cache and size settings are not built again for each account. */}
          {account ? <MapCanvas accountName={account.name} loading={!shown} /> : null}
          {shown ? (
            <>
              <MapEditLayer map={shown} />
              <HighlightLayer map={shown} />
              <MapGuides map={shown} />
              <ZoomControls />
              <UndoButtons />
              {shown.people.length === 0 ? <p className="map-empty">{t('map.emptyAccount')}</p> : null}
            </>
          ) : account ? null : (
            <p className="map-empty">{t('accounts.chooseHint')}</p>
          )}
        </div>
        {shown ? <Legend /> : null}
      </main>
      {shown ? <RightPanel /> : <aside className="right-panel empty" />}
      <AgendaView />
      <VisitsHost />
      <PlanHost />
      <CommandsHost />
    </div>
  );
}
