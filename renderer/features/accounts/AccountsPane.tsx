// Left pane: filter, create, and the list of accounts with rename / archive / delete.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { selectVisibleAccounts, useAccounts } from '../../stores/accounts';
import { useUi } from '../../stores/ui';
import { describeError } from '../../api/describe';
import { toPayload } from '../../api/client';
import { AccountItem } from './AccountItem';
import { PaneFooter } from './PaneFooter';
import { DeletedAccountNotice } from '../undo/DeletedAccountNotice';
import { AgendaButton } from '../agenda/AgendaButton';

export function AccountsPane() {
  const { t } = useTranslation();
  const collapsed = useUi((s) => s.accountsCollapsed);
  const toggle = useUi((s) => s.toggleAccounts);
  const filter = useAccounts((s) => s.filter);
  const setFilter = useAccounts((s) => s.setFilter);
  const includeArchived = useAccounts((s) => s.includeArchived);
  const setIncludeArchived = useAccounts((s) => s.setIncludeArchived);
  const list = useAccounts((s) => s.list);
  const visible = selectVisibleAccounts({ list, filter });
  const loaded = useAccounts((s) => s.loaded);
  const create = useAccounts((s) => s.create);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (collapsed) {
    return (
      <aside className="accounts-pane collapsed" aria-label={t('accounts.heading')}>
        <button type="button" className="icon" aria-label={t('accounts.expand')} title={t('accounts.expand')} onClick={toggle}>
          »
        </button>
        <AgendaButton compact />
      </aside>
    );
  }

  const onCreate = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await create(name);
      setName('');
      setError(null);
    } catch (err) {
      setError(describeError(t, toPayload(err)).message);
    }
  };

  return (
    <aside className="accounts-pane" aria-label={t('accounts.heading')}>
      <div className="pane-header">
        <h2>{t('accounts.heading')}</h2>
        <button type="button" className="icon" aria-label={t('accounts.collapse')} title={t('accounts.collapse')} onClick={toggle}>
          «
        </button>
      </div>
      <AgendaButton />
      <form className="create-account" onSubmit={onCreate}>
        <label htmlFor="new-account-name">{t('accounts.newName')}</label>
        <div className="row">
          <input
            id="new-account-name"
            value={name}
            placeholder={t('accounts.newPlaceholder')}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'new-account-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="primary">
            {t('accounts.create')}
          </button>
        </div>
        {error ? (
          <p id="new-account-error" className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
      <div className="account-filters">
        <input
          type="search"
          aria-label={t('accounts.filter')}
          placeholder={t('accounts.filterPlaceholder')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <label className="checkbox">
          <input type="checkbox" checked={includeArchived} onChange={(e) => void setIncludeArchived(e.target.checked)} />
          {t('accounts.showArchived')}
        </label>
      </div>
      <DeletedAccountNotice />
      <ul className="account-list" aria-label={t('accounts.list')}>
        {visible.map((a) => (
          <AccountItem key={a.id} account={a} />
        ))}
      </ul>
      {loaded && list.length === 0 ? <p className="hint">{t('accounts.empty')}</p> : null}
      {list.length > 0 && visible.length === 0 ? <p className="hint">{t('accounts.noMatch', { filter })}</p> : null}
      <PaneFooter />
    </aside>
  );
}
