// Yearly purchases (year, amount, currency; add / remove) and the rep's own judgement of sustained
// purchasing with a reason, inside the account details form. The dialog saves them with the details.
import { useTranslation } from 'react-i18next';
import { newRow, type JudgementChoice, type PurchasesErrors, type PurchasesValues } from './purchasesForm';

interface Props {
  base: string;
  values: PurchasesValues;
  errors: PurchasesErrors;
  thisYear: number;
  onChange(values: PurchasesValues): void;
}

const CHOICES: JudgementChoice[] = ['auto', 'yes', 'no'];

export function PurchasesFieldset({ base, values, errors, thisYear, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<PurchasesValues>) => onChange({ ...values, ...patch });
  const setRow = (i: number, patch: Partial<PurchasesValues['rows'][number]>) => set({ rows: values.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const nextYear = () => {
    const years = values.rows.map((r) => Number(r.year)).filter(Number.isInteger);
    return years.length > 0 ? Math.min(...years) - 1 : thisYear;
  };
  const err = (k: string) => errors[k] ?? null;
  return (
    <div className="purchases">
      <p className="field-label">{t('accountDetails.purchases.heading')}</p>
      {values.rows.length === 0 ? <p className="muted">{t('accountDetails.purchases.none')}</p> : null}
      <ul className="purchase-rows">
        {values.rows.map((r, i) => (
          <li key={r.key} className="purchase-row">
            <input aria-label={t('accountDetails.purchases.year', { n: i + 1 })} inputMode="numeric" className="year" value={r.year} aria-invalid={errors[`yearly.${i}.year`] ? true : undefined} onChange={(e) => setRow(i, { year: e.target.value })} />
            <input aria-label={t('accountDetails.purchases.amount', { n: i + 1 })} inputMode="decimal" className="amount" value={r.amount} aria-invalid={errors[`yearly.${i}.amount`] ? true : undefined} onChange={(e) => setRow(i, { amount: e.target.value })} />
            <input aria-label={t('accountDetails.purchases.currency', { n: i + 1 })} className="currency" maxLength={3} value={r.currency} onChange={(e) => setRow(i, { currency: e.target.value })} />
            <button type="button" className="small" aria-label={t('accountDetails.purchases.removeRow', { year: r.year || i + 1 })} onClick={() => set({ rows: values.rows.filter((_, j) => j !== i) })}>
              ×
            </button>
            {err(`yearly.${i}.year`) ?? err(`yearly.${i}.amount`) ? <p className="field-error">{err(`yearly.${i}.year`) ?? err(`yearly.${i}.amount`)}</p> : null}
          </li>
        ))}
      </ul>
      <button type="button" className="small" onClick={() => set({ rows: [...values.rows, newRow(nextYear(), values.rows[0]?.currency || 'CNY')] })}>
        {t('accountDetails.purchases.addYear')}
      </button>
      <div className="field">
        <label htmlFor={`${base}-judgement`}>{t('accountDetails.purchases.judgement')}</label>
        <select id={`${base}-judgement`} value={values.judgement} onChange={(e) => set({ judgement: e.target.value as JudgementChoice })}>
          {CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(`accountDetails.purchases.choice.${c}`)}
            </option>
          ))}
        </select>
      </div>
      {values.judgement !== 'auto' ? (
        <div className={`field${errors['judgement.reason'] ? ' has-error' : ''}`}>
          <label htmlFor={`${base}-reason`}>{t('accountDetails.purchases.reason')}</label>
          <input id={`${base}-reason`} value={values.reason} aria-invalid={errors['judgement.reason'] ? true : undefined} onChange={(e) => set({ reason: e.target.value })} />
          {err('judgement.reason') ? <p className="field-error">{err('judgement.reason')}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
