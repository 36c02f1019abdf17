// Account details: every field updateAccount accepts, errors in words next to the field; Cancel writes nothing.
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useDialogFocus } from '../../components/useDialogFocus';
import { useTranslation } from 'react-i18next';
import { RELATIONSHIP_STAGES, type Account } from '../../../shared/domain/model';
import { call, toPayload } from '../../api/client';
import { describeError, type Described } from '../../api/describe';
import { useAccounts } from '../../stores/accounts';
import { useMap } from '../../stores/map';
import { qualification } from '../../../shared/visits/qualification';
import { costVsPurchases } from '../../../shared/visits/cost';
import { todayOrLocal, useTrends } from '../timeline/trends';
import { costText } from '../cost/costText';
import { patchOf, valuesOf, type AccountDetailsValues } from './accountDetailsForm';
import { PurchasesFieldset } from './PurchasesFieldset';
import { purchasesChanged, purchasesInput, type PurchasesErrors, type PurchasesValues } from './purchasesForm';
import { usePurchases } from './purchasesStore';
import { qualificationLine, sustainedLine } from './qualificationText';
import { useAccountRecord } from './useAccountRecord';
import './accountDetails.css';

type Field = keyof AccountDetailsValues;

export function AccountDetailsDialog({ account, onClose }: { account: Account; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const base = useId();
  const today = todayOrLocal(useTrends((s) => s.today));
  const record = useAccountRecord(account.id);
  const [edited, setBought] = useState<PurchasesValues | null>(null);
  const bought = edited ?? record.initial;
  const [boughtErrors, setBoughtErrors] = useState<PurchasesErrors>({});
  const [values, setValues] = useState<AccountDetailsValues>(() => valuesOf(account));
  const [errors, setErrors] = useState<Described | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends Field>(key: K, value: AccountDetailsValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box, onClose);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const patch = patchOf(account, values);
    if (patch === 'budgetNotANumber') {
      setErrors({ message: t('accountDetails.budgetInvalid'), fields: { budgetAmount: t('accountDetails.budgetInvalid') } });
      return;
    }
    const built = bought ? purchasesInput(bought) : null;
    if (built && !built.ok) {
      const fields = Object.fromEntries(Object.entries(built.errors).map(([k, key]) => [k, t(key)]));
      setBoughtErrors(fields);
      setErrors({ message: Object.values(fields)[0] ?? '', fields: {} });
      return;
    }
    const yearly = built?.ok && record.purchases && purchasesChanged(record.purchases, built.input) ? built.input : null;
    if (Object.keys(patch).length === 0 && !yearly) return onClose();
    setBusy(true);
    try {
      if (Object.keys(patch).length > 0) await call('updateAccount', { id: account.id, patch });
      if (yearly) await call('setYearlyPurchases', { accountId: account.id, ...yearly });
      void usePurchases.getState().load(account.id);
      // The title, the list and the brief's warnings all read the account, so both views reload.
      await Promise.all([useAccounts.getState().load(), useMap.getState().map?.account.id === account.id ? useMap.getState().reload() : null]);
      onClose();
    } catch (err) {
      const described = describeError(t, toPayload(err));
      setBoughtErrors(Object.fromEntries(Object.entries(described.fields).filter(([k]) => k.startsWith('yearly.') || k.startsWith('judgement.'))));
      // The schema's budget bound has no message key of its own; say what is allowed instead of "not valid".
      if (described.fields.budgetAmount) described.fields.budgetAmount = t('accountDetails.budgetInvalid');
      setErrors(described);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: Field, control: (id: string, described: string | undefined) => ReactNode, opts: { inline?: boolean; hint?: string } = {}) => {
    const id = `${base}-${name}`;
    const err = errors?.fields[name];
    const hintId = opts.hint ? `${id}-hint` : '';
    const describedBy = [err ? `${id}-error` : '', hintId].filter(Boolean).join(' ') || undefined;
    const label = <label htmlFor={id}>{t(`accountDetails.fields.${name}`)}</label>;
    return (
      <div className={`field${opts.inline ? ' inline' : ''}${err ? ' has-error' : ''}`}>
        {opts.inline ? null : label}
        {control(id, describedBy)}
        {opts.inline ? label : null}
        {opts.hint ? <p id={hintId} className="field-hint">{opts.hint}</p> : null}
        {err ? (
          <p id={`${id}-error`} className="field-error">
            {err}
          </p>
        ) : null}
      </div>
    );
  };
  const invalid = (name: Field) => (errors?.fields[name] ? true : undefined);
  const line = (name: 'name' | 'segment' | 'budgetCycle', hint?: string) =>
    field(name, (id, d) => <input id={id} value={values[name]} aria-invalid={invalid(name)} aria-describedby={d} required={name === 'name'} onChange={(e) => set(name, e.target.value)} />, { hint });
  const area = (name: 'budgetProcess' | 'notes', rows: number, hint?: string) =>
    field(name, (id, d) => <textarea id={id} rows={rows} value={values[name]} aria-invalid={invalid(name)} aria-describedby={d} onChange={(e) => set(name, e.target.value)} />, { hint });
  const typed = bought ? purchasesInput(bought) : null;
  const q = qualification(values, typed?.ok ? typed.input : (record.purchases ?? { yearly: [], judgement: null }), today);
  const cost = record.visits && record.purchases ? costVsPurchases(record.visits, typed?.ok ? typed.input : record.purchases, Number(today.slice(0, 4))) : null;
  const titleId = `${base}-title`;

  return (
    <div className="modal-backdrop">
      <div className="modal account-details" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={box}>
        <h2 id={titleId}>{t('accountDetails.title', { name: account.name })}</h2>
        <form onSubmit={onSubmit} noValidate>
          {errors ? (
            <div className="form-error" role="alert">
              <strong>{t('accountDetails.fixErrors')}</strong> {errors.message}
            </div>
          ) : null}
          <div className="field-row">
            {line('name')}
            {line('segment', t('accountDetails.hints.segment'))}
          </div>
          <fieldset>
            <legend>{t('accountDetails.fields.stage')}</legend>
            {RELATIONSHIP_STAGES.map((s) => (
              <label key={s} className="stage-option">
                <input type="radio" name={`${base}-stage`} value={s} checked={values.stage === s} onChange={() => set('stage', s)} />
                <span>
                  <strong>{t(`accountDetails.stage.${s}.name`)}</strong> — {t(`accountDetails.stage.${s}.explain`)}
                </span>
              </label>
            ))}
            {errors?.fields.stage ? <p className="field-error">{errors.fields.stage}</p> : null}
          </fieldset>
          <fieldset>
            <legend>{t('accountDetails.qualificationHeading')}</legend>
            {field('productFit', (id, d) => <input id={id} type="checkbox" checked={values.productFit} aria-describedby={d} onChange={(e) => set('productFit', e.target.checked)} />, { inline: true })}
            {field('centralizedPurchasing', (id, d) => <input id={id} type="checkbox" checked={values.centralizedPurchasing} aria-describedby={d} onChange={(e) => set('centralizedPurchasing', e.target.checked)} />, { inline: true })}
            {bought ? <PurchasesFieldset base={base} values={bought} errors={boughtErrors} thisYear={Number(today.slice(0, 4))} onChange={setBought} /> : null}
            <p className="muted">{sustainedLine(t, q)}</p>
            <p className={`qualification ${q.qualifies ? 'qualifies' : 'missing'}`} role="status">
              {qualificationLine(t, q, lang)}
            </p>
            {cost ? (
              <p className="cost-line" data-testid="account-cost">
                <strong>{t('cost.heading')}:</strong> {costText(t, cost, lang)}
              </p>
            ) : null}
          </fieldset>
          <fieldset>
            <legend>{t('accountDetails.budgetHeading')}</legend>
            <div className="field-row">
              {field(
                'budgetAmount',
                (id, d) => <input id={id} inputMode="decimal" value={values.budgetAmount} aria-invalid={invalid('budgetAmount')} aria-describedby={d} onChange={(e) => set('budgetAmount', e.target.value)} />,
                { hint: t('accountDetails.hints.budgetAmount') },
              )}
              {line('budgetCycle', t('accountDetails.hints.budgetCycle'))}
            </div>
            {area('budgetProcess', 2, t('accountDetails.hints.budgetProcess'))}
          </fieldset>
          {area('notes', 3)}
          <div className="modal-actions">
            <button type="button" onClick={onClose}>
              {t('app.cancel')}
            </button>
            <button type="submit" className="primary" disabled={busy}>
              {t('accountDetails.save')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

/** The button that opens the dialog; callers hide it while looking at a past day (the past is read-only). */
export function AccountDetailsButton({ account, className = 'small', labelKey = 'accountDetails.open' }: { account: Account; className?: string; labelKey?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {t(labelKey)}
      </button>
      {open ? <AccountDetailsDialog account={account} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
