// After "Done": log the visit where it was done (opens the visit form with the step's people), or undo.
import { useTranslation } from 'react-i18next';
import { logVisitFor } from './openInMap';
import { useAgenda } from './store';

export function DoneNotice() {
  const { t } = useTranslation();
  const item = useAgenda((s) => s.justDone);
  const complete = useAgenda((s) => s.complete);
  const dismiss = useAgenda((s) => s.dismiss);
  if (!item) return null;
  return (
    <div className="agenda-done-notice" role="status" data-testid="agenda-done-notice">
      <span>{t('agenda.doneNotice', { what: item.what })}</span>
      <span className="agenda-done-buttons">
        <button type="button" className="small primary" onClick={() => void logVisitFor(item)}>
          {t('agenda.logVisit')}
        </button>
        <button type="button" className="small" onClick={() => void complete(item, false)}>
          {t('agenda.reopen')}
        </button>
        <button type="button" className="small" onClick={dismiss}>
          {t('agenda.dismiss')}
        </button>
      </span>
    </div>
  );
}
