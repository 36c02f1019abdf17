// "Deleted “Acme”. Undo" in the accounts pane, for the rest of the session after deleting an account.
import { useTranslation } from 'react-i18next';
import { useUndo } from './undoStore';
import './undo.css';

export function DeletedAccountNotice() {
  const { t } = useTranslation();
  const last = useUndo((s) => s.deleted.at(-1) ?? null);
  const busy = useUndo((s) => s.busy);
  const restore = useUndo((s) => s.restore);
  const dismiss = useUndo((s) => s.dismissDeleted);
  if (!last) return null;
  return (
    <div className="notice notice-info deleted-account" aria-live="polite">
      <span>{t('undo.accountDeleted', { name: last.name })}</span>
      <button type="button" className="small" disabled={busy} onClick={() => void restore(last.id)}>
        {t('undo.undo')}
      </button>
      <button type="button" className="link" onClick={() => dismiss(last.id)}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
