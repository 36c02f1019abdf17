// "What changed" for visits: the visits held in the range (who, what was agreed) and the next steps
// agreed, done or due in it.
import { useTranslation } from 'react-i18next';
import type { VisitChanges as Changes } from '../../../shared/visits/changes';
import { formatDay } from '../timeline/dates';
import { joinNames, nextStepText } from './visitText';
import './visits.css';

export function VisitChanges({ changes }: { changes: Changes }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <div className="change-group">
        <h3 id="changes-visits">
          {t('visits.changes.held')} <span className="count">{changes.held.length}</span>
        </h3>
        {changes.held.length === 0 ? (
          <p className="muted small">{t('changes.none')}</p>
        ) : (
          <ul aria-labelledby="changes-visits" className="change-list">
            {changes.held.map(({ visit, people }) => (
              <li key={visit.id}>
                <span className="person-name">
                  {formatDay(visit.date, lang)} · {t(`visits.kind.${visit.kind}`)}
                </span>
                <span className="move">
                  {joinNames(people.map((p) => p.name).filter(Boolean), lang)}
                  {visit.nextStep ? ` — ${nextStepText(t, visit.nextStep, lang)}` : visit.noNextStepReason !== null ? ` — ${t('visits.noNext', { reason: visit.noNextStepReason })}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="change-group">
        <h3 id="changes-next-steps">
          {t('visits.changes.nextSteps')} <span className="count">{changes.nextSteps.length}</span>
        </h3>
        {changes.nextSteps.length === 0 ? (
          <p className="muted small">{t('changes.none')}</p>
        ) : (
          <ul aria-labelledby="changes-next-steps" className="change-list">
            {changes.nextSteps.map((s) => (
              <li key={s.visitId}>
                <span className="person-name">{nextStepText(t, s.nextStep, lang)}</span>
                <span className="move">{s.events.map((e) => t(`visits.changes.event.${e}`)).join(' · ')}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
