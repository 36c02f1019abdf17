// The brief's warnings and next steps: getCoaching's list, in the same words as the coaching card.
import { useTranslation } from 'react-i18next';
import type { Coaching } from '../../../shared/coaching/types';
import type { AccountMap } from '../../../shared/domain/model';
import { warningKeys, warningParams } from '../coaching/warningWords';

export function BriefWarnings({ coaching, map }: { coaching: Coaching | null; map: AccountMap }) {
  const { t, i18n } = useTranslation();
  const warnings = coaching?.warnings ?? [];
  return (
    <section className="brief-warnings" data-section="warnings">
      <h2>{t('brief.warningsHeading')}</h2>
      {!coaching ? (
        <p className="muted">{t('coaching.failed')}</p>
      ) : warnings.length === 0 ? (
        <p>{t('brief.noWarnings')}</p>
      ) : (
        <ol>
          {warnings.map((w) => {
            const key = warningKeys(w);
            const params = warningParams(w, map, t, i18n.language, coaching.day);
            return (
              <li key={w.id} data-warning={w.id}>
                <strong>⚠ {t(key.text, params)}</strong>
                <div>{t('brief.whatToDo', { text: t(key.next, params) })}</div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
