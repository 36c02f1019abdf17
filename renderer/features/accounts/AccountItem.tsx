// One account in the list; the open account shows its actions (rename, archive, delete).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/model';
import type { DeletionImpact } from '../../../shared/ipc/contract';
import { useAccounts } from '../../stores/accounts';
import { describeError } from '../../api/describe';
import { toPayload } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Sparkline } from './Sparkline';
import { AccountDetailsButton } from './AccountDetailsDialog';
import { selectReadOnly, useTimeTravel } from '../timetravel/store';
import { AccountVisitLine } from '../agenda/AccountVisitLine';
import { useUndo } from '../undo/undoStore';

export function AccountItem({ account }: { account: AccountSummary }) {
  const { t } = useTranslation();
  const selectedId = useAccounts((s) => s.selectedId);
  const select = useAccounts((s) => s.select);
  const rename = useAccounts((s) => s.rename);
  const setArchived = useAccounts((s) => s.setArchived);
  const deletionImpact = useAccounts((s) => s.deletionImpact);
  const remove = useAccounts((s) => s.remove);
  const [renaming, setRenaming] = useState(false);
  const [newName, setNewName] = useState(account.name);
  const [error, setError] = useState<string | null>(null);
  const [impact, setImpact] = useState<DeletionImpact | null>(null);
  const readOnly = useTimeTravel(selectReadOnly);
  const selected = selectedId === account.id;
  const fail = (err: unknown) => setError(describeError(t, toPayload(err)).message);

  const onRename = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await rename(account.id, newName);
      setRenaming(false);
      setError(null);
    } catch (err) {
      fail(err);
    }
  };
  const askDelete = async () => {
    try {
      setImpact(await deletionImpact(account.id));
    } catch (err) {
      fail(err);
    }
  };

  return (
    <li className={`account-item${selected ? ' selected' : ''}${account.archived ? ' archived' : ''}`}>
      <button type="button" className="account-open" aria-current={selected ? 'true' : undefined} onClick={() => select(account.id)}>
        <span className="account-name">{account.name}</span>
        <span className="account-meta">
          {t('accounts.counts', { people: account.peopleCount, relationships: account.relationshipCount })}
          {account.archived ? <span className="tag">{t('accounts.archivedTag')}</span> : null}
        </span>
        <Sparkline accountId={account.id} />
        <AccountVisitLine accountId={account.id} />
      </button>
      {selected && !renaming ? (
        <div className="account-actions" role="group" aria-label={t('accounts.actionsFor', { name: account.name })}>
          <button type="button" className="small" onClick={() => { setNewName(account.name); setRenaming(true); }}>
            {t('accounts.rename')}
          </button>
          {readOnly ? null : <AccountDetailsButton account={account} />}
          <button type="button" className="small" onClick={() => void setArchived(account.id, !account.archived).catch(fail)}>
            {account.archived ? t('accounts.unarchive') : t('accounts.archive')}
          </button>
          <button type="button" className="small danger-text" onClick={() => void askDelete()}>
            {t('accounts.delete')}
          </button>
        </div>
      ) : null}
      {selected && renaming ? (
        <form className="rename-form" onSubmit={onRename}>
          <input aria-label={t('accounts.renameLabel', { name: account.name })} value={newName} onChange={(e) => setNewName(e.target.value)} autoFocus />
          <button type="submit" className="small primary">{t('accounts.renameSave')}</button>
          <button type="button" className="small" onClick={() => { setRenaming(false); setError(null); }}>
            {t('app.cancel')}
          </button>
        </form>
      ) : null}
      {error && !impact ? <p className="field-error" role="alert">{error}</p> : null}
      {impact ? (
        <ConfirmDialog
          title={t('accounts.deleteTitle', { name: account.name })}
          body={t('accounts.deleteBody', { people: impact.people, relationships: impact.relationships })}
          confirmLabel={t('accounts.deleteConfirm')}
          error={error}
          onCancel={() => { setImpact(null); setError(null); }}
          onConfirm={() =>
            void remove(account.id).then(() => {
              setImpact(null);
              useUndo.getState().noteDeleted({ id: account.id, name: account.name });
            }, fail)
          }
        />
      ) : null}
    </li>
  );
}
