// The visit form's fields in the order a rep fills them after a visit: when and what kind, who
// attended (and how each now stands), what we learned, the next step, then notes and our cost.
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/model';
import { VISIT_KINDS } from '../../../shared/visits/model';
import { AttendeePicker } from './AttendeePicker';
import { AttendeeRows } from './AttendeeRows';
import { Field } from './Field';
import { BudgetFields, CostFields, ObjectiveField, OursField } from './MoreFields';
import { NextStepFields } from './NextStepFields';
import { attendee, type AttendeeValues, type VisitField, type VisitFormValues } from './visitForm';
import { DateField } from '../../components/date/DateField';

interface Props {
  base: string;
  values: VisitFormValues;
  people: readonly Person[];
  errors: Partial<Record<VisitField, string>>;
  set<K extends keyof VisitFormValues>(key: K, value: VisitFormValues[K]): void;
}

export function VisitFormBody({ base, values, people, errors, set }: Props) {
  const { t } = useTranslation();
  const byId = new Map(people.map((p) => [p.id, p]));
  const attendees = values.attendees;
  const setAttendees = (list: AttendeeValues[]) => set('attendees', list);
  const pickerId = `${base}-attendees`;
  const hintId = `${pickerId}-hint`;
  const more = { base, values, errors, set };
  return (
    <>
      <div className="field-row">
        <Field id={`${base}-date`} label={t('visits.form.date')} error={errors.date}>
          {(c) => <DateField {...c} value={values.date} required data-autofocus onChange={(day) => set('date', day)} />}
        </Field>
        <Field id={`${base}-kind`} label={t('visits.form.kind')} error={errors.kind}>
          {(c) => (
            <select {...c} value={values.kind} onChange={(e) => set('kind', e.target.value as VisitFormValues['kind'])}>
              {VISIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`visits.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className={`attendees${errors.attendees ? ' has-error' : ''}`}>
        <legend>{t(values.planned ? 'visits.form.planAttendees' : 'visits.form.attendees')}</legend>
        <AttendeeRows
          base={base}
          attendees={attendees}
          people={byId}
          planned={values.planned}
          errors={errors}
          onChange={(i, patch) => setAttendees(attendees.map((a, j) => (j === i ? { ...a, ...patch } : a)))}
          onRemove={(i) => setAttendees(attendees.filter((_, j) => j !== i))}
        />
        <div className="field">
          <label htmlFor={pickerId}>{t('visits.form.attendeeSearch')}</label>
          <AttendeePicker
            id={pickerId}
            people={people}
            chosen={attendees.map((a) => a.personId)}
            describedBy={errors.attendees ? `${pickerId}-error ${hintId}` : hintId}
            invalid={!!errors.attendees}
            onAdd={(id) => setAttendees([...attendees, attendee(id)])}
            onRemoveLast={() => setAttendees(attendees.slice(0, -1))}
          />
          <p id={hintId} className="field-hint">
            {t('visits.form.attendeeHint')}
          </p>
          {errors.attendees ? (
            <p id={`${pickerId}-error`} className="field-error">
              {errors.attendees}
            </p>
          ) : null}
        </div>
      </fieldset>
      {values.planned ? (
        <>
          <ObjectiveField {...more} />
          <OursField {...more} />
        </>
      ) : (
        <>
          <Field id={`${base}-learned`} label={t('visits.form.learned')} error={errors.learned}>
            {(c) => <textarea {...c} rows={2} value={values.learned} onChange={(e) => set('learned', e.target.value)} />}
          </Field>
          <NextStepFields {...more} />
          <fieldset className="visit-notes">
            <legend>{t('visits.form.notes')}</legend>
            <div className="field-row">
              <ObjectiveField {...more} />
              <OursField {...more} />
            </div>
            <BudgetFields {...more} people={people} />
          </fieldset>
          <CostFields {...more} />
        </>
      )}
    </>
  );
}
