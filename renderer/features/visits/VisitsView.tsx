// The "Visits" tab: Log a visit / Plan a visit (with the people selected on the map), then every
// visit of the account, newest first. While the map shows a past day, the visits known that day, read-only.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/visits/model';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useMap } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { useUi } from '../../stores/ui';
import { usePlan } from '../plan/store';
import { formatDay } from '../timeline/dates';
import { useTimeTravel } from '../timetravel/store';
import { useVisits, visitsOf } from './store';
import { VisitItem } from './VisitItem';
import { joinNames } from './visitText';
import './visits.css';

export function VisitsView({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const live = useMap((s) => s.map);
  const past = useTimeTravel((s) => s.map);
  const selected = useSelection((s) => s.personIds);
  const liveVisits = useVisits((s) => visitsOf(s, accountId));
  const error = useVisits((s) => (s.accountId === accountId ? s.error : null));
  const openForm = useVisits((s) => s.openForm);
  const [deleting, setDeleting] = useState<Visit | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const shown = past ?? live;
  const visits = past ? past.visits : liveVisits;
  const names = new Map((shown?.people ?? []).map((p) => [p.id, p.name]));
  const chosen = selected.flatMap((id) => names.get(id) ?? []);

  const onDelete = async () => {
    if (!deleting) return;
    try {
      await useVisits.getState().remove(deleting.id);
      useUi.getState().notify({ kind: 'info', key: 'visits.deleted', params: { day: formatDay(deleting.date, lang) } });
      setDeleting(null);
      setDeleteError(null);
    } catch (err) {
      setDeleteError(describeError(t, toPayload(err)).message);
    }
  };

  return (
    <section className="visits" aria-labelledby="visits-heading">
      <h2 id="visits-heading">{t('visits.heading')}</h2>
      {past ? (
        <p className="muted">{t('visits.readOnly', { day: formatDay(past.day, lang) })}</p>
      ) : (
        <>
          <div className="visits-actions">
            <button type="button" className="primary" aria-keyshortcuts="Control+Shift+L" onClick={() => openForm({ mode: 'log', attendeeIds: [...selected] })}>
              {t('visits.log')}
            </button>
            <button type="button" onClick={() => openForm({ mode: 'plan', attendeeIds: [...selected] })}>
              {t('visits.plan')}
            </button>
            <button type="button" onClick={() => void usePlan.getState().open({ accountId })}>
              {t('plan.prepareNext')}
            </button>
          </div>
          <p className="muted small visits-chosen">{chosen.length > 0 ? t('visits.chosen', { names: joinNames(chosen, lang) }) : t('visits.chooseHint')}</p>
          <p className="muted small">{t('visits.shortcut')}</p>
        </>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {describeError(t, toPayload(error)).message}
        </p>
      ) : !visits ? (
        <p className="muted">{t('visits.loading')}</p>
      ) : visits.length === 0 ? (
        <p className="muted">{t('visits.empty')}</p>
      ) : (
        <ul className="visit-list" aria-label={t('visits.list')}>
          {visits.map((v) => (
            <VisitItem key={v.id} visit={v} names={names} readOnly={!!past} onEdit={(logIt) => openForm({ mode: 'edit', visitId: v.id, logIt })} onDelete={() => setDeleting(v)} onPrepare={() => void usePlan.getState().open({ accountId, visitId: v.id })} />
          ))}
        </ul>
      )}
      {deleting ? (
        <ConfirmDialog
          title={t('visits.deleteTitle', { day: formatDay(deleting.date, lang) })}
          body={t('visits.deleteBody')}
          confirmLabel={t('visits.deleteConfirm')}
          error={deleteError}
          onCancel={() => {
            setDeleting(null);
            setDeleteError(null);
          }}
          onConfirm={() => void onDelete()}
        />
      ) : null}
    </section>
  );
}
