// One named snapshot: its name and day, with compare, rename (inline) and delete.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/history/types';
import { call, toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { formatDay } from '../timeline/dates';

interface Props {
  snapshot: Snapshot;
  onRenamed(): void;
  onCompare(): void;
  onDelete(): void;
}

export function SnapshotItem({ snapshot, onRenamed, onCompare, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(snapshot.name);
  const [error, setError] = useState<string | null>(null);

  const onRename = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await call('renameSnapshot', { id: snapshot.id, name });
      setRenaming(false);
      setError(null);
      onRenamed();
    } catch (err) {
      setError(describeError(t, toPayload(err)).message);
    }
  };

  return (
    <li className="snapshot-item">
      {renaming ? (
        <form className="rename-form" onSubmit={onRename}>
          <input aria-label={t('snapshots.renameLabel', { name: snapshot.name })} value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          <button type="submit" className="small primary">
            {t('snapshots.renameSave')}
          </button>
          <button type="button" className="small" onClick={() => { setRenaming(false); setName(snapshot.name); setError(null); }}>
            {t('app.cancel')}
          </button>
        </form>
      ) : (
        <div className="snapshot-line">
          <span className="snapshot-name">{snapshot.name}</span>
          <span className="muted small">{formatDay(snapshot.day, i18n.language)}</span>
        </div>
      )}
      {!renaming ? (
        <div className="snapshot-actions" role="group" aria-label={t('snapshots.actionsFor', { name: snapshot.name })}>
          <button type="button" className="small primary" onClick={onCompare}>
            {t('snapshots.compare')}
          </button>
          <button type="button" className="small" onClick={() => setRenaming(true)}>
            {t('snapshots.rename')}
          </button>
          <button type="button" className="small danger-text" onClick={onDelete}>
            {t('snapshots.delete')}
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
