// Opens the agenda from the accounts pane; the badge counts overdue next steps.
import { useTranslation } from 'react-i18next';
import { useAccounts } from '../../stores/accounts';
import { useAgenda } from './store';
import { overdueTotal, useVisitSummaries } from './summaries';
import './agenda.css';

export function AgendaButton({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const list = useAccounts((s) => s.list);
  const byAccount = useVisitSummaries((s) => s.byAccount);
  const open = useAgenda((s) => s.open);
  const setOpen = useAgenda((s) => s.setOpen);
  const overdue = overdueTotal(list, byAccount);
  const label = overdue > 0 ? t('agenda.openWithOverdue', { count: overdue }) : t('agenda.open');
  return (
    <button
      type="button"
      className={`agenda-open${compact ? ' icon' : ''}${open ? ' active' : ''}`}
      aria-label={label}
      aria-pressed={open}
      title={label}
      onClick={() => setOpen(!open)}
    >
      {compact ? <span aria-hidden="true">☰</span> : <span className="agenda-open-label">{t('agenda.open')}</span>}
      {overdue > 0 ? (
        <span className="agenda-badge" aria-hidden="true" data-testid="agenda-badge">
          {overdue}
        </span>
      ) : null}
    </button>
  );
}
