// The rep's agenda: every open next step across accounts, over the map and the right panel (the
// accounts list stays beside it), grouped overdue / this week / later (+ done when asked).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/describe';
import { todayOrLocal } from '../timeline/trends';
import { AgendaGroups } from './AgendaGroups';
import { CalendarExport } from './CalendarExport';
import { DoneNotice } from './DoneNotice';
import { useAgenda } from './store';
import { useVisitSummaries } from './summaries';
import './agenda.css';

export function AgendaView() {
  const { t } = useTranslation();
  const open = useAgenda((s) => s.open);
  const items = useAgenda((s) => s.items);
  const loaded = useAgenda((s) => s.loaded);
  const error = useAgenda((s) => s.error);
  const showDone = useAgenda((s) => s.showDone);
  const setShowDone = useAgenda((s) => s.setShowDone);
  const setOpen = useAgenda((s) => s.setOpen);
  const today = todayOrLocal(useVisitSummaries((s) => s.today));
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!open) return;
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !document.querySelector('.modal-backdrop')) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, setOpen]);

  if (!open) return null;
  return (
    <section className="agenda-view" aria-label={t('agenda.region')}>
      <header className="agenda-header">
        <h2 ref={heading} tabIndex={-1}>
          {t('agenda.heading')}
        </h2>
        <label className="checkbox">
          <input type="checkbox" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />
          {t('agenda.showDone')}
        </label>
        <CalendarExport />
        <button type="button" className="agenda-close" onClick={() => setOpen(false)}>
          {t('agenda.close')}
        </button>
      </header>
      <DoneNotice />
      {error ? (
        <p className="form-error" role="alert">
          {describeError(t, error).message}
        </p>
      ) : null}
      {loaded ? <AgendaGroups items={items} today={today} showDone={showDone} /> : null}
    </section>
  );
}
