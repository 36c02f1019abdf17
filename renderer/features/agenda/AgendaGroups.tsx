// The agenda's groups in order: overdue (red), this week, later, and done (folded) when shown.
import { useTranslation } from 'react-i18next';
import { groupAgenda, type AgendaBucket } from '../../../shared/visits/agenda';
import type { NextStepItem } from '../../../shared/visits/model';
import { AgendaRow } from './AgendaRow';

const OPEN: AgendaBucket[] = ['overdue', 'this-week', 'later'];

function Rows({ items, bucket, today }: { items: NextStepItem[]; bucket: AgendaBucket; today: string }) {
  return (
    <ul className="agenda-rows">
      {items.map((item) => (
        <AgendaRow key={item.visitId} item={item} bucket={bucket} today={today} />
      ))}
    </ul>
  );
}

export function AgendaGroups({ items, today, showDone }: { items: NextStepItem[]; today: string; showDone: boolean }) {
  const { t } = useTranslation();
  const groups = groupAgenda(items, today);
  const heading = (bucket: AgendaBucket) => t('agenda.groupCount', { label: t(`agenda.groups.${bucket}`), count: groups[bucket].length });
  const open = OPEN.filter((b) => groups[b].length > 0);
  return (
    <>
      {open.length === 0 ? <p className="hint agenda-empty">{t('agenda.empty')}</p> : null}
      {open.map((bucket) => (
        <section key={bucket} className={`agenda-group group-${bucket}`} aria-labelledby={`agenda-${bucket}`} data-testid={`agenda-group-${bucket}`}>
          <h3 id={`agenda-${bucket}`}>{heading(bucket)}</h3>
          <Rows items={groups[bucket]} bucket={bucket} today={today} />
        </section>
      ))}
      {showDone && groups.done.length > 0 ? (
        <details className="agenda-group group-done" data-testid="agenda-group-done">
          <summary>
            <h3>{heading('done')}</h3>
          </summary>
          <Rows items={groups.done} bucket="done" today={today} />
        </details>
      ) : null}
    </>
  );
}
