// The toolbar above the map. Later features add their controls in the marked slots.
import { useTranslation } from 'react-i18next';
import { graph } from '../../graph/instance';
import { useSelection } from '../../stores/selection';
import { LanguageSwitch } from '../settings/LanguageSwitch';
import { HighlightToggles } from '../highlight/HighlightToggles';
import { SearchBox } from '../search/SearchBox';
import { LayoutSwitch } from '../layouts/LayoutSwitch';
import { ExportMenu } from '../export/ExportMenu';
import { BackupsButton } from '../backups/BackupsButton';
import { AccountImportButton } from '../import/AccountImportButton';
import { TimeTravelControl } from '../timetravel/TimeTravelControl';
import { selectReadOnly, useTimeTravel } from '../timetravel/store';

export function Toolbar({ title, peopleCount, hasAccount }: { title: string; peopleCount: number; hasAccount: boolean }) {
  const { t } = useTranslation();
  const startNewPerson = useSelection((s) => s.startNewPerson);
  const readOnly = useTimeTravel(selectReadOnly);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('map.toolbar')}>
      <div className="toolbar-title">
        <h1>{title}</h1>
        {hasAccount ? <span className="muted">{t('map.peopleCount', { count: peopleCount })}</span> : null}
      </div>
      {hasAccount ? (
        <>
          {readOnly ? null : (
            <div className="toolbar-group">
              <button type="button" className="primary" onClick={startNewPerson}>
                + {t('map.addPerson')}
              </button>
            </div>
          )}
          {/* slot: layout switch, filters, search (issue 3+) */}
          <LayoutSwitch />
          <SearchBox />
          <HighlightToggles />
          <div className="toolbar-group" aria-hidden={false}>
            <button type="button" className="icon" aria-label={t('map.zoomIn')} title={t('map.zoomIn')} onClick={() => graph.zoomBy(1.25)}>
              +
            </button>
            <button type="button" className="icon" aria-label={t('map.zoomOut')} title={t('map.zoomOut')} onClick={() => graph.zoomBy(0.8)}>
              −
            </button>
            <button type="button" className="icon wide" aria-label={t('map.fit')} title={t('map.fit')} onClick={() => graph.fit()}>
              ⤢
            </button>
          </div>
          <TimeTravelControl />
          <ExportMenu />
        </>
      ) : null}
      <div className="toolbar-spacer" />
      <AccountImportButton />
      <BackupsButton />
      <LanguageSwitch />
    </div>
  );
}
