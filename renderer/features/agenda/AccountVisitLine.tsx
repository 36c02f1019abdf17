// In the accounts list: the account's next due step (red when overdue) and its last visit.
import { useTranslation } from 'react-i18next';
import { formatDay } from '../timeline/dates';
import { useVisitSummaries } from './summaries';
import './agenda.css';

export function AccountVisitLine({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const summary = useVisitSummaries((s) => s.byAccount[accountId]);
  const today = useVisitSummaries((s) => s.today);
  if (!summary) return null;
  // Without the year in the current year; with it otherwise.
  const day = (d: string) => formatDay(d, i18n.language, today !== null && d.slice(0, 4) === today.slice(0, 4));
  const next = summary.nextStep;
  const overdue = !!(next && today && next.due < today);
  return (
    <span className="account-visits" data-testid="account-visits">
      {next ? (
        <span className={`account-next${overdue ? ' overdue' : ''}`} title={next.what}>
          {t(overdue ? 'agenda.account.nextOverdue' : 'agenda.account.next', { date: day(next.due), what: next.what })}
        </span>
      ) : null}
      {summary.lastVisitDate ? <span className="account-last">{t('agenda.account.lastVisit', { date: day(summary.lastVisitDate) })}</span> : null}
    </span>
  );
}
