// Shown instead of the app when the database could not be opened at start-up: says so plainly,
// offers the latest good backup (or another, or empty data, with the damaged file kept) — never silent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RestoreResult, StartupStatus } from '../../../shared/import/backupTypes';
import { call, toPayload } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useUi } from '../../stores/ui';
import { formatInstant } from '../backups/when';
import '../backups/backups.css';

export function RecoveryScreen({ status }: { status: Exclude<StartupStatus, { status: 'ok' }> }) {
  const { t } = useTranslation();
  const language = useUi((s) => s.language);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<RestoreResult | null>(null);
  const [askEmpty, setAskEmpty] = useState(false);
  const when = (b: BackupInfo) => formatInstant(b.createdAt, language);

  if (status.status === 'too-new') {
    return (
      <main className="recovery" role="main">
        <h1>{t('recovery.tooNewTitle')}</h1>
        <p>{t('recovery.tooNewBody', { fileVersion: status.fileVersion, knownVersion: status.knownVersion })}</p>
        <p className="path">{t('recovery.file', { path: status.dbPath })}</p>
      </main>
    );
  }

  const recover = async (name: string | null) => {
    setBusy(true);
    setError(null);
    try {
      setDone(await call('recoverFromBackup', { name }));
      setAskEmpty(false);
    } catch (err) {
      const p = toPayload(err);
      setError(t(p.messageKey, p.params ?? {}));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <main className="recovery" role="main">
        <h1>{t('recovery.done', { restored: done.restored ? t('recovery.doneRestored', { when: when(done.restored) }) : t('recovery.doneEmpty') })}</h1>
        {done.corruptFileKeptAt ? <p className="path">{t('recovery.keptAt', { path: done.corruptFileKeptAt })}</p> : null}
        <div className="actions">
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            {t('recovery.open')}
          </button>
        </div>
      </main>
    );
  }

  const latest = status.backups.find((b) => b.name === status.latestGood) ?? null;
  const others = status.backups.filter((b) => b.name !== status.latestGood);
  return (
    <main className="recovery" role="main">
      <h1>{t('recovery.title')}</h1>
      <p>{t('recovery.damaged')}</p>
      <p className="path">{t('recovery.file', { path: status.dbPath })}</p>
      {status.details.length > 0 ? (
        <details>
          <summary>{t('recovery.details')}</summary>
          <pre>{status.details.join('\n')}</pre>
        </details>
      ) : null}
      {latest ? (
        <>
          <p>
            <strong>{t('recovery.latest', { when: when(latest) })}</strong>
          </p>
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void recover(latest.name)}>
              {t('recovery.restoreLatest')}
            </button>
          </div>
        </>
      ) : (
        <p>{t('recovery.noBackups')}</p>
      )}
      {others.length > 0 ? (
        <>
          <p>{t('recovery.chooseOther')}</p>
          <ul>
            {others.map((b) => (
              <li key={b.name}>
                <button type="button" className="small" disabled={busy} onClick={() => void recover(b.name)}>
                  {t('recovery.restoreThis', { when: when(b) })}
                </button>
                <span className="muted">{t(`backups.reason.${b.reason}`)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="actions">
        <button type="button" className="danger-text" disabled={busy} onClick={() => setAskEmpty(true)}>
          {t('recovery.startEmpty')}
        </button>
      </div>
      {busy ? <p role="status">{t('recovery.working')}</p> : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {askEmpty ? (
        <ConfirmDialog
          title={t('recovery.startEmptyTitle')}
          body={t('recovery.startEmptyBody')}
          confirmLabel={t('recovery.startEmptyConfirm')}
          busy={busy}
          onConfirm={() => void recover(null)}
          onCancel={() => setAskEmpty(false)}
        />
      ) : null}
    </main>
  );
}
