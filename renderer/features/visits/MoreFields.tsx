// The visit's notes (objective, our side, budget facts and who owns the budget) and our cost, folded.
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/model';
import { Field } from './Field';
import type { VisitField, VisitFormValues } from './visitForm';

interface Props {
  base: string;
  values: VisitFormValues;
  people: readonly Person[];
  errors: Partial<Record<VisitField, string>>;
  set<K extends keyof VisitFormValues>(key: K, value: VisitFormValues[K]): void;
}

export function ObjectiveField({ base, values, errors, set }: Omit<Props, 'people'>) {
  const { t } = useTranslation();
  return (
    <Field id={`${base}-objective`} label={t('visits.form.objective')} error={errors.objective}>
      {(c) => <textarea {...c} rows={2} value={values.objective} onChange={(e) => set('objective', e.target.value)} />}
    </Field>
  );
}

export function OursField({ base, values, errors, set }: Omit<Props, 'people'>) {
  const { t } = useTranslation();
  return (
    <Field id={`${base}-ours`} label={t('visits.form.ours')} error={errors.ours}>
      {(c) => <input {...c} value={values.ours} placeholder={t('visits.form.oursPlaceholder')} onChange={(e) => set('ours', e.target.value)} />}
    </Field>
  );
}

export function BudgetFields({ base, values, people, errors, set }: Props) {
  const { t } = useTranslation();
  return (
    <div className="field-row budget-row">
      <Field id={`${base}-budgetFacts`} label={t('visits.form.budgetFacts')} error={errors.budgetFacts}>
        {(c) => <textarea {...c} rows={1} value={values.budgetFacts} onChange={(e) => set('budgetFacts', e.target.value)} />}
      </Field>
      <Field id={`${base}-budgetOwnerId`} label={t('visits.form.budgetOwner')} error={errors.budgetOwnerId}>
        {(c) => (
          <select {...c} value={values.budgetOwnerId} onChange={(e) => set('budgetOwnerId', e.target.value)}>
            <option value="">{t('visits.form.budgetOwnerNone')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title ? `${p.name} · ${p.title}` : p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

export function CostFields({ base, values, errors, set }: Omit<Props, 'people'>) {
  const { t } = useTranslation();
  const money = (field: 'travel' | 'samples') => {
    const currency = field === 'travel' ? 'travelCurrency' : 'samplesCurrency';
    return (
      <div className="money">
        <Field id={`${base}-${field}`} label={t(`visits.form.${field}`)} error={errors[field]}>
          {(c) => <input {...c} inputMode="decimal" value={values[field]} onChange={(e) => set(field, e.target.value)} />}
        </Field>
        <Field id={`${base}-${currency}`} label={t(`visits.form.${currency}`)} error={errors[currency]} className="currency">
          {(c) => <input {...c} value={values[currency]} maxLength={3} onChange={(e) => set(currency, e.target.value.toUpperCase())} />}
        </Field>
      </div>
    );
  };
  const open = !!(values.travel || values.samples || values.hours || errors.travel || errors.samples || errors.hours || errors.travelCurrency || errors.samplesCurrency);
  return (
    <details className="visit-cost" open={open || undefined}>
      <summary>{t('visits.form.cost')}</summary>
      <div className="cost-row">
        {money('travel')}
        {money('samples')}
        <Field id={`${base}-hours`} label={t('visits.form.hours')} error={errors.hours} className="hours">
          {(c) => <input {...c} inputMode="decimal" value={values.hours} onChange={(e) => set('hours', e.target.value)} />}
        </Field>
      </div>
    </details>
  );
}
