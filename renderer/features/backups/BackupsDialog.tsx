// The Backups screen: the list (newest first), "Back up now", and restore with a confirmation that
// says the current data is backed up first. After a restore the whole app reloads its data.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useDialogFocus } from '../../components/useDialogFocus';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/import/backupTypes';
import { call, toPayload } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAccounts } from '../../stores/accounts';
import { useMap } from '../../stores/map';
import { useUi } from '../../stores/ui';
import { formatInstant } from './when';
import './backups.css';
import { useUndo } from '../undo/undoStore';

type Status = { kind: 'info' | 'error'; text: string } | null;

export function BackupsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const language = useUi((s) => s.language);
  const titleId = useId();
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const when = (b: BackupInfo) => formatInstant(b.createdAt, language);
  const fail = (err: unknown) => {
    const p = toPayload(err);
    setStatus({ kind: 'error', text: t(p.messageKey, p.params ?? {}) });
  };

  const refresh = useCallback(async () => setList(await call('listBackups', {})), []);
  useEffect(() => {
    let alive = true;
    call('listBackups', {})
      .then((l) => {
        if (alive) setList(l);
      })
      .catch((err: unknown) => {
        if (alive) setStatus({ kind: 'error', text: t(toPayload(err).messageKey, toPayload(err).params ?? {}) });
      });
    return () => {
      alive = false;
    };
  }, [t]);

  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box, () => {
    if (!busy && !confirming) onClose();
  });

  const createNow = async () => {
    setBusy(true);
    try {
      const b = await call('createBackup', {});
      setStatus({ kind: 'info', text: t('backups.created', { when: when(b) }) });
      await refresh();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const restore = async (b: BackupInfo) => {
    setBusy(true);
    try {
      const r = await call('restoreBackup', { name: b.name });
      setConfirming(null);
      setStatus({ kind: 'info', text: t('backups.restored', { when: when(b), safety: r.safetyBackup ? when(r.safetyBackup) : '—' }) });
      // Everything on screen came from the old data: reload accounts and the open map.
      await useAccounts.getState().load();
      const selected = useAccounts.getState().selectedId;
      const stillThere = useAccounts.getState().list.some((a) => a.id === selected);
      if (!stillThere) useAccounts.getState().select(useAccounts.getState().list.find((a) => !a.archived)?.id ?? null);
      else await useMap.getState().load(selected);
      void useUndo.getState().refresh();
      await refresh();
    } catch (err) {
      setConfirming(null);
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="modal-backdrop">
      <div className="modal backups-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={box}>
        <h2 id={titleId}>{t('backups.title')}</h2>
        <p className="muted">{t('backups.intro')}</p>
        <div className="backups-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void createNow()}>
            {t('backups.createNow')}
          </button>
        </div>
        {list === null ? null : list.length === 0 ? (
          <p>{t('backups.empty')}</p>
        ) : (
          <table className="backups-table" aria-label={t('backups.listLabel')}>
            <thead>
              <tr>
                <th>{t('backups.col.when')}</th>
                <th>{t('backups.col.reason')}</th>
                <th className="num">{t('backups.col.size')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.map((b) => (
                <tr key={b.name}>
                  <td>{when(b)}</td>
                  <td>{t(`backups.reason.${b.reason}`)}</td>
                  <td className="num">{t('backups.sizeKb', { kb: Math.max(1, Math.round(b.sizeBytes / 1024)) })}</td>
                  <td>
                    <button type="button" className="small" disabled={busy} aria-label={t('backups.restoreOne', { when: when(b) })} onClick={() => setConfirming(b)}>
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className={status?.kind === 'error' ? 'form-error' : 'backups-status'} role={status?.kind === 'error' ? 'alert' : 'status'}>
          {status?.text ?? ''}
        </p>
        <div className="modal-actions">
          <button type="button" disabled={busy} onClick={onClose}>
            {t('app.close')}
          </button>
        </div>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('backups.confirmTitle')}
          body={t('backups.confirmBody', { when: when(confirming) })}
          confirmLabel={t('backups.confirm')}
          busy={busy}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </div>
  );
}
