// The layout switch in the map toolbar: the rep's own arrangement, org chart, influence network, rings by rank.
import { useTranslation } from 'react-i18next';
import { LAYOUTS, type LayoutName } from '../../../shared/domain/model';
import { useLayout } from '../../stores/layout';
import { useMap } from '../../stores/map';
import { useUi } from '../../stores/ui';
import { selectReadOnly, useTimeTravel } from '../timetravel/store';
import { switchLayout } from './switchLayout';

export function LayoutSwitch() {
  const { t } = useTranslation();
  const accountId = useMap((s) => s.map?.account.id ?? null);
  const layout = useLayout((s) => (s.accountId === accountId ? s.layout : 'saved'));
  const busy = useLayout((s) => s.busy);
  const readOnly = useTimeTravel(selectReadOnly);
  // The past is shown in today's arrangement and is read-only: no layout switching there.
  if (readOnly || !accountId) return null;
  return (
    <div className="toolbar-group">
      <label>
        {t('layouts.label')}{' '}
        <select
          value={layout}
          aria-busy={busy}
          onChange={(e) => {
            switchLayout(e.target.value as LayoutName).catch(() => useUi.getState().notify({ kind: 'error', key: 'error.internal', params: { detail: 'layout' } }));
          }}
        >
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {t(`layouts.${name}`)}
            </option>
          ))}
        </select>
      </label>
      {busy ? <span className="muted" role="status">{t('layouts.busy')}</span> : null}
    </div>
  );
}
