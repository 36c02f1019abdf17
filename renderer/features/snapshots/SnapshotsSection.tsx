// Named snapshots ("before visit 3 Nov"): create on a day (default today), rename, delete, and compare
// with today — which opens What changed from the snapshot's day to today.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/history/types';
import { call, toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/date/DateField';
import { useUi } from '../../stores/ui';
import { useChanges } from '../changes/store';
import { usePanelTab } from '../ranking/panelTab';
import { formatDay } from '../timeline/dates';
import { todayOrLocal, useTrends } from '../timeline/trends';
import { SnapshotItem } from './SnapshotItem';
import { useSnapshots } from './store';

export function SnapshotsSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const today = todayOrLocal(useTrends((s) => s.today));
  const notify = useUi((s) => s.notify);
  const stored = useSnapshots((s) => s);
  const list = stored.accountId === accountId ? stored.list : [];
  const [name, setName] = useState('');
  const [day, setDay] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Snapshot | null>(null);
  const fail = (err: unknown) => setError(describeError(t, toPayload(err)).message);

  const reload = useCallback(() => useSnapshots.getState().load(accountId), [accountId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const onCreate = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const created = await call('createSnapshot', { accountId, name, day: day || today });
      setName('');
      setDay('');
      setError(null);
      notify({ kind: 'info', key: 'snapshots.created', params: { name: created.name } });
      await reload();
    } catch (err) {
      fail(err);
    }
  };

  const compare = (s: Snapshot) => {
    useChanges.getState().setDays(s.day, today);
    usePanelTab.getState().setTab('changes');
  };

  return (
    <section className="snapshots" aria-labelledby="snapshots-heading">
      <h3 id="snapshots-heading">{t('snapshots.heading')}</h3>
      <p className="hint">{t('snapshots.hint')}</p>
      <form className="snapshot-form" onSubmit={onCreate}>
        <div className="field">
          <label htmlFor="snapshot-name">{t('snapshots.name')}</label>
          <input id="snapshot-name" value={name} placeholder={t('snapshots.namePlaceholder')} onChange={(e) => { setName(e.target.value); setError(null); }} />
        </div>
        <div className="field">
          <label htmlFor="snapshot-day">{t('snapshots.day')}</label>
          <DateField id="snapshot-day" value={day || today} max={today} onChange={setDay} />
        </div>
        <button type="submit" className="primary">
          {t('snapshots.create')}
        </button>
      </form>
      {error && !deleting ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {list.length === 0 ? (
        <p className="muted small">{t('snapshots.empty')}</p>
      ) : (
        <ul className="snapshot-list" aria-label={t('snapshots.list')}>
          {list.map((s) => (
            <SnapshotItem
              key={s.id}
              snapshot={s}
              onRenamed={() => void reload()}
              onCompare={() => compare(s)}
              onDelete={() => { setError(null); setDeleting(s); }}
            />
          ))}
        </ul>
      )}
      {deleting ? (
        <ConfirmDialog
          title={t('snapshots.deleteTitle', { name: deleting.name })}
          body={t('snapshots.deleteBody', { day: formatDay(deleting.day, useUi.getState().language) })}
          confirmLabel={t('snapshots.deleteConfirm')}
          error={error}
          onCancel={() => { setDeleting(null); setError(null); }}
          onConfirm={() =>
            void call('deleteSnapshot', { id: deleting.id })
              .then(() => { setDeleting(null); return reload(); })
              .catch(fail)
          }
        />
      ) : null}
    </section>
  );
}
