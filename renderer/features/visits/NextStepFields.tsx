// The next step (下一步): what, due, who — required; or "No next step" with a required reason and the
// method's warning in words.
import { useTranslation } from 'react-i18next';
import { NEXT_STEP_OWNERS } from '../../../shared/visits/model';
import { Field } from './Field';
import type { VisitField, VisitFormValues } from './visitForm';
import { DateField } from '../../components/date/DateField';

interface Props {
  base: string;
  values: VisitFormValues;
  errors: Partial<Record<VisitField, string>>;
  set<K extends keyof VisitFormValues>(key: K, value: VisitFormValues[K]): void;
}

export function NextStepFields({ base, values, errors, set }: Props) {
  const { t } = useTranslation();
  const warningId = `${base}-no-next-warning`;
  return (
    <fieldset className="next-step">
      <legend>{t('visits.form.nextHeading')}</legend>
      {values.noNext ? null : (
        <div className="next-row">
          <Field id={`${base}-nextWhat`} label={t('visits.form.nextWhat')} error={errors.nextWhat} className="next-what">
            {(c) => <input {...c} value={values.nextWhat} placeholder={t('visits.form.nextPlaceholder')} required onChange={(e) => set('nextWhat', e.target.value)} />}
          </Field>
          <Field id={`${base}-nextDue`} label={t('visits.form.nextDue')} error={errors.nextDue}>
            {(c) => <DateField {...c} value={values.nextDue} min={values.date} required onChange={(day) => set('nextDue', day)} />}
          </Field>
          <div className={`field${errors.nextOwner ? ' has-error' : ''}`} role="radiogroup" aria-labelledby={`${base}-owner-label`}>
            <span id={`${base}-owner-label`} className="field-label">
              {t('visits.form.nextOwner')}
            </span>
            <span className="owner-options">
              {NEXT_STEP_OWNERS.map((o) => (
                <label key={o} className="owner-option">
                  <input type="radio" name={`${base}-owner`} value={o} checked={values.nextOwner === o} onChange={() => set('nextOwner', o)} />
                  {t(o === 'us' ? 'visits.form.ownerUs' : 'visits.form.ownerThem')}
                </label>
              ))}
            </span>
            {errors.nextOwner ? <p className="field-error">{errors.nextOwner}</p> : null}
          </div>
        </div>
      )}
      <div className="field inline">
        <input id={`${base}-noNext`} type="checkbox" checked={values.noNext} aria-describedby={values.noNext ? warningId : undefined} onChange={(e) => set('noNext', e.target.checked)} />
        <label htmlFor={`${base}-noNext`}>{t('visits.form.noNext')}</label>
      </div>
      {values.noNext ? (
        <>
          <p id={warningId} className="warning no-next-warning" role="note">
            <span className="mark-icon warning" aria-hidden="true">
              !
            </span>{' '}
            {t('visits.form.noNextWarning')}
          </p>
          <Field id={`${base}-noNextReason`} label={t('visits.form.noNextReason')} error={errors.noNextReason}>
            {(c) => <input {...c} value={values.noNextReason} required onChange={(e) => set('noNextReason', e.target.value)} />}
          </Field>
        </>
      ) : null}
    </fieldset>
  );
}
