// The toolbar above the map, in two calm rows: what the map is (title, add, layout, data in/out),
// then what it shows (search, filters, as-of day). App-level controls live in the accounts pane.
// Narrower than FOLD_BELOW (at 1024 px, or at 1280 with the accounts pane open), Import and Account
// details… fold into a More menu; if the first row still does not fit (a wide right-panel tab beside
// both panes) it wraps onto another line. Nothing is clipped or runs under the right panel.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { runCommand } from '../../commands/registry';
import { useCommandDialogs } from '../../commands/dialogs';
import { HighlightToggles } from '../highlight/HighlightToggles';
import { SearchBox } from '../search/SearchBox';
import { LayoutSwitch } from '../layouts/LayoutSwitch';
import { ExportMenu } from '../export/ExportMenu';
import { TimeTravelControl } from '../timetravel/TimeTravelControl';
import { selectReadOnly, useTimeTravel } from '../timetravel/store';
import { AccountDetailsDialog } from '../accounts/AccountDetailsDialog';
import { QualificationBadge } from '../accounts/QualificationBadge';
import { useMap } from '../../stores/map';
import type { MenuItem } from '../../components/MenuButton';
import { useNarrow } from './useNarrow';

/** Toolbar width (px) below which the less-used actions fold into More. */
const FOLD_BELOW = 800;

export function Toolbar({ title, peopleCount, hasAccount }: { title: string; peopleCount: number; hasAccount: boolean }) {
  const { t } = useTranslation();
  const readOnly = useTimeTravel(selectReadOnly);
  const account = useMap((s) => s.map?.account ?? null);
  const root = useRef<HTMLDivElement>(null);
  const folded = useNarrow(root, FOLD_BELOW);
  // The details dialog belongs to the toolbar, so it stays open when the window narrows and the link folds.
  const details = useCommandDialogs((s) => s.detailsOpen);
  const setDetails = (detailsOpen: boolean) => useCommandDialogs.getState().set({ detailsOpen });
  const editable = account !== null && !readOnly;
  const more: MenuItem[] | undefined = folded ? (editable ? [{ id: 'details', label: t('accountDetails.openToolbar'), onSelect: () => setDetails(true) }] : []) : undefined;
  return (
    <div ref={root} className="toolbar" role="toolbar" aria-label={t('map.toolbar')}>
      <div className="toolbar-row">
        <div className="toolbar-title">
          <h1 title={title}>{title}</h1>
          {hasAccount ? (
            <div className="toolbar-subtitle">
              <span className="muted">{t('map.peopleCount', { count: peopleCount })}</span>
              {account ? <QualificationBadge account={account} /> : null}
              {editable && !folded ? (
                <button type="button" className="small toolbar-details" onClick={() => setDetails(true)}>
                  {t('accountDetails.openToolbar')}
                </button>
              ) : null}
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
            <LayoutSwitch />
            <ExportMenu more={more} />
            {details && editable ? <AccountDetailsDialog account={account} onClose={() => setDetails(false)} /> : null}
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
