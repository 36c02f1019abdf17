// One next step in the agenda: when (overdue by N days, due today, in N days, done), what, the
// account and people (buttons to the map), who does it, and Done / Reopen.
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../shared/history/days';
import { overdueDays, type AgendaBucket } from '../../../shared/visits/agenda';
import type { NextStepItem } from '../../../shared/visits/model';
import { formatDay } from '../timeline/dates';
import { openInMap } from './openInMap';
import { useAgenda } from './store';

function When({ item, bucket, today }: { item: NextStepItem; bucket: AgendaBucket; today: string }) {
  const { t, i18n } = useTranslation();
  if (bucket === 'done') return <span className="agenda-rel">{t('agenda.doneOn', { date: formatDay(item.doneOn ?? item.due, i18n.language) })}</span>;
  const late = overdueDays(item.due, today);
  const ahead = daysBetween(today, item.due);
  const words =
    late > 0
      ? t(late === 1 ? 'agenda.overdueOne' : 'agenda.overdueMany', { count: late })
      : ahead === 0
        ? t('agenda.dueToday')
        : t(ahead === 1 ? 'agenda.dueInOne' : 'agenda.dueInMany', { count: ahead });
  return <span className="agenda-rel">{words}</span>;
}

export function AgendaRow({ item, bucket, today }: { item: NextStepItem; bucket: AgendaBucket; today: string }) {
  const { t, i18n } = useTranslation();
  const complete = useAgenda((s) => s.complete);
  return (
    <li className={`agenda-row agenda-${bucket}`} data-testid="agenda-row">
      <div className="agenda-when">
        <span className="agenda-date">{t('agenda.due', { date: formatDay(item.due, i18n.language) })}</span>
        <When item={item} bucket={bucket} today={today} />
      </div>
      <div className="agenda-body">
        <span className="agenda-what">{item.what}</span>
        <span className="agenda-meta">
          <button type="button" className="link agenda-account" title={t('agenda.openAccount', { name: item.accountName })} onClick={() => void openInMap(item.accountId, null)}>
            {item.accountName}
          </button>
          {item.people.map((p) => (
            <button key={p.personId} type="button" className="link agenda-person" title={t('agenda.showPerson', { name: p.name })} onClick={() => void openInMap(item.accountId, p.personId)}>
              {p.name}
            </button>
          ))}
          <span className="tag agenda-owner">{t(`agenda.owner.${item.owner}`)}</span>
          <span className="agenda-from">{t('agenda.from', { date: formatDay(item.visitDate, i18n.language, true) })}</span>
        </span>
      </div>
      <div className="agenda-actions">
        {item.done ? (
          <button type="button" className="small" aria-label={t('agenda.reopenLabel', { what: item.what })} onClick={() => void complete(item, false)}>
            {t('agenda.reopen')}
          </button>
        ) : (
          <button type="button" className="small primary" aria-label={t('agenda.markDoneLabel', { what: item.what })} onClick={() => void complete(item, true)}>
            {t('agenda.markDone')}
          </button>
        )}
      </div>
    </li>
  );
}
