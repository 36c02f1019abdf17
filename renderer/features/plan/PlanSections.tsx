// The plan's sections, shared by the Prepare dialog and the brief's first section: the visit and its
// objective, whom to see and why, what to find out, and the method's reminders.
import { useTranslation } from 'react-i18next';
import type { VisitPlan } from '../../../shared/visits/plan';
import { findOutText, seeText, stageText, visitLine } from './planText';

export function PlanSections({ plan, headingLevel = 3 }: { plan: VisitPlan; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="plan-sections">
      <div className="plan-intro">
        <p className="plan-visit">{plan.visit ? visitLine(t, plan.visit, lang) : t('plan.noVisit')}</p>
        {plan.visit ? <p className="plan-objective">{plan.visit.objective.trim() ? t('plan.objective', { text: plan.visit.objective }) : t('plan.noObjective')}</p> : null}
        <p className="plan-stage muted">{stageText(t, plan, lang)}</p>
      </div>
      <section className="plan-see" aria-label={t('plan.seeHeading')}>
        <H>{t('plan.seeHeading')}</H>
        {plan.see.length === 0 ? (
          <p className="muted">{t('plan.seeNone')}</p>
        ) : (
          <ul>
            {plan.see.map((s) => (
              <li key={s.personId} data-reason={s.reason} data-person-id={s.personId}>
                {seeText(t, s)}
                {s.attending ? <span className="tag">{t('plan.attending')}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="plan-find" aria-label={t('plan.findOutHeading')}>
        <H>{t('plan.findOutHeading')}</H>
        <ul>
          {plan.findOut.map((f) => (
            <li key={f.id} data-find={f.id}>
              {findOutText(t, f, lang)}
            </li>
          ))}
        </ul>
      </section>
      <section className="plan-remind" aria-label={t('plan.remindersHeading')}>
        <H>{t('plan.remindersHeading')}</H>
        <ul>
          {plan.reminders.map((r) => (
            <li key={r} data-reminder={r}>
              {t(`plan.reminder.${r}`)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
