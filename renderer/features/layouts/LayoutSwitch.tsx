// The layout switch in the map toolbar: the rep's own arrangement, org chart, influence network, rings by rank.
// Radio buttons rather than a <select>: one click per switch, and every choice visible at once.
import { useTranslation } from 'react-i18next';
import { LAYOUTS } from '../../../shared/domain/model';
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
    <div className="toolbar-group" role="radiogroup" aria-label={t('layouts.label')} aria-busy={busy}>
      {LAYOUTS.map((name) => (
        <button
          key={name}
          type="button"
          role="radio"
          aria-checked={layout === name}
          className={layout === name ? 'primary' : undefined}
          title={t(`layouts.hint.${name}`)}
          onClick={() => {
            switchLayout(name).catch(() => useUi.getState().notify({ kind: 'error', key: 'error.internal', params: { detail: 'layout' } }));
          }}
        >
          {t(`layouts.${name}`)}
        </button>
      ))}
      {busy ? <span className="muted" role="status">{t('layouts.busy')}</span> : null}
    </div>
  );
}
