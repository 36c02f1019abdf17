// One visit in the Visits tab: day, kind, who attended, what it was for and what we learned, and the
// next step (or "No next step: reason" with a warning mark); edit, log (a plan) and delete.
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/visits/model';
import { formatDay } from '../timeline/dates';
import { attendeeNames, joinNames, nextStepText } from './visitText';

interface Props {
  visit: Visit;
  names: ReadonlyMap<string, string>;
  readOnly: boolean;
  onEdit(logIt: boolean): void;
  onDelete(): void;
  /** Opens the plan for this (planned) visit. */
  onPrepare(): void;
}

export function VisitItem({ visit, names, readOnly, onEdit, onDelete, onPrepare }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const day = formatDay(visit.date, lang);
  const who = attendeeNames(visit, names);
  const planned = visit.status === 'planned';
  return (
    <li className={`visit-item${planned ? ' planned' : ''}`} data-visit-id={visit.id}>
      <div className="visit-head">
        <strong className="visit-day">{day}</strong>
        <span className="visit-kind">{t(`visits.kind.${visit.kind}`)}</span>
        {planned ? <span className="tag">{t('visits.planned')}</span> : null}
      </div>
      <p className="visit-who">{who.length > 0 ? t('visits.with', { names: joinNames(who, lang) }) : t('visits.nobody')}</p>
      {visit.ours ? <p className="visit-line muted">{t('visits.ours', { text: visit.ours })}</p> : null}
      {visit.objective ? <p className="visit-line">{t('visits.objective', { text: visit.objective })}</p> : null}
      {visit.learned ? <p className="visit-line">{t('visits.learned', { text: visit.learned })}</p> : null}
      {visit.nextStep ? (
        <p className={`visit-next${visit.nextStep.done ? ' done' : ''}`}>
          <span className="visit-next-label">{t('visits.nextLabel')}</span> {nextStepText(t, visit.nextStep, lang)}
        </p>
      ) : null}
      {!planned && !visit.nextStep && visit.noNextStepReason !== null ? (
        <p className="visit-next missing">
          <span className="mark-icon warning" role="img" aria-label={t('visits.noNextMark')}>
            !
          </span>{' '}
          {t('visits.noNext', { reason: visit.noNextStepReason })}
        </p>
      ) : null}
      {readOnly ? null : (
        <div className="visit-actions-row">
          {planned ? (
            <button type="button" className="small" aria-label={t('plan.prepareFor', { day })} onClick={onPrepare}>
              {t('plan.prepare')}
            </button>
          ) : null}
          {planned ? (
            <button type="button" className="small" aria-label={t('visits.logItFor', { day })} onClick={() => onEdit(true)}>
              {t('visits.logIt')}
            </button>
          ) : null}
          <button type="button" className="small" aria-label={t('visits.editFor', { day })} onClick={() => onEdit(false)}>
            {t('visits.edit')}
          </button>
          <button type="button" className="small danger-text" aria-label={t('visits.deleteFor', { day })} onClick={onDelete}>
            {t('visits.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
