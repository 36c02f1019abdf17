// The toolbar above the map, in two calm rows: what the map is (title, add, layout, data in/out),
// then what it shows (search, filters, as-of day). App-level controls live in the accounts pane.
import { useTranslation } from 'react-i18next';
import { runCommand } from '../../commands/registry';
import { HighlightToggles } from '../highlight/HighlightToggles';
import { SearchBox } from '../search/SearchBox';
import { LayoutSwitch } from '../layouts/LayoutSwitch';
import { ExportMenu } from '../export/ExportMenu';
import { TimeTravelControl } from '../timetravel/TimeTravelControl';
import { selectReadOnly, useTimeTravel } from '../timetravel/store';
import { AccountDetailsButton } from '../accounts/AccountDetailsDialog';
import { QualificationBadge } from '../accounts/QualificationBadge';
import { useMap } from '../../stores/map';
import { UndoButtons } from '../undo/UndoButtons';

export function Toolbar({ title, peopleCount, hasAccount }: { title: string; peopleCount: number; hasAccount: boolean }) {
  const { t } = useTranslation();
  const readOnly = useTimeTravel(selectReadOnly);
  const account = useMap((s) => s.map?.account ?? null);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('map.toolbar')}>
      <div className="toolbar-row">
        <div className="toolbar-title">
          <h1 title={title}>{title}</h1>
          {hasAccount ? (
            <div className="toolbar-subtitle">
              <span className="muted">{t('map.peopleCount', { count: peopleCount })}</span>
              {account ? <QualificationBadge account={account} /> : null}
              {account && !readOnly ? <AccountDetailsButton account={account} labelKey="accountDetails.openToolbar" className="small toolbar-details" /> : null}
            </div>
          ) : null}
        </div>
        {hasAccount ? (
          <>
            {readOnly ? null : (
              <div className="toolbar-group">
                <button type="button" className="primary" onClick={() => runCommand('person.add')} aria-keyshortcuts="N">
                  + {t('map.addPerson')}
                </button>
              </div>
            )}
            {readOnly ? null : <UndoButtons />}
            <LayoutSwitch />
            <ExportMenu />
          </>
        ) : null}
      </div>
      {hasAccount ? (
        <div className="toolbar-row">
          <SearchBox />
          <HighlightToggles />
          <div className="toolbar-spacer" />
          <TimeTravelControl />
        </div>
      ) : null}
    </div>
  );
}
