// Add or edit a person: every field, errors in words next to the field, nothing changes on error.
// Unsaved changes are never lost silently: leaving the form asks first (stores/unsaved.ts).
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BUYING_ROLES, STANCES, type Person } from '../../../shared/domain/model';
import type { PersonWriteResult } from '../../../shared/ipc/contract';
import { toPayload } from '../../api/client';
import { describeError, type Described } from '../../api/describe';
import { useMap } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { useUi } from '../../stores/ui';
import { registerUnsaved } from '../../stores/unsaved';
import { emptyPerson, fieldsOf, ratingFromOption, ratingOption, valuesOf, type PersonFormValues } from './personForm';
import { DateField } from '../../components/date/DateField';

const RATINGS = [1, 2, 3, 4, 5];

export function PersonForm({ person }: { person: Person | null }) {
  const { t } = useTranslation();
  const base = useId();
  const [values, setValues] = useState<PersonFormValues>(() => (person ? valuesOf(person) : emptyPerson()));
  const [errors, setErrors] = useState<Described | null>(null);
  const [busy, setBusy] = useState(false);
  const createPerson = useMap((s) => s.createPerson);
  const updatePerson = useMap((s) => s.updatePerson);
  const selectPerson = useSelection((s) => s.selectPerson);
  const notify = useUi((s) => s.notify);
  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const afterWrite = (result: PersonWriteResult, key: string) => {
    const prev = result.previousTopDecisionMaker;
    if (prev && prev.id !== result.person.id) {
      notify({ kind: 'warning', key: 'person.tdmMoved', params: { name: result.person.name, previous: prev.name } });
    } else {
      notify({ kind: 'info', key, params: { name: result.person.name } });
    }
  };

  const save = async (): Promise<boolean> => {
    setBusy(true);
    try {
      if (person) {
        const result = await updatePerson(person.id, fieldsOf(values));
        saved.current = values;
        afterWrite(result, 'person.saved');
        setErrors(null);
      } else {
        const result = await createPerson(fieldsOf(values));
        saved.current = values;
        afterWrite(result, 'person.created');
        selectPerson(result.person.id);
      }
      return true;
    } catch (err) {
      setErrors(describeError(t, toPayload(err)));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };

  // What was last stored (or the empty form), and the live values and save, for the leave guard.
  const saved = useRef(values);
  const latest = useRef({ values, save, name: person?.name ?? '' });
  useEffect(() => {
    latest.current = { values, save, name: person?.name ?? '' };
  });
  useEffect(
    () =>
      registerUnsaved({
        get name() {
          return latest.current.name;
        },
        dirty: () => JSON.stringify(latest.current.values) !== JSON.stringify(saved.current),
        save: () => latest.current.save(),
        discard: () => {
          latest.current = { ...latest.current, values: saved.current };
          setValues(saved.current);
        },
      }),
    [],
  );

  const field = (name: keyof PersonFormValues, control: (id: string, described: string | undefined) => ReactNode, inline = false) => {
    const id = `${base}-${name}`;
    const err = errors?.fields[name];
    return (
      <div className={`field${inline ? ' inline' : ''}${err ? ' has-error' : ''}`}>
        {inline ? null : <label htmlFor={id}>{t(`person.fields.${name}`)}</label>}
        {control(id, err ? `${id}-error` : undefined)}
        {inline ? <label htmlFor={id}>{t(`person.fields.${name}`)}</label> : null}
        {err ? (
          <p id={`${id}-error`} className="field-error">
            {err}
          </p>
        ) : null}
      </div>
    );
  };
  const text = (name: 'name' | 'title' | 'department') =>
    field(name, (id, d) => (
      <input id={id} name={name} autoFocus={!person && name === 'name'} value={values[name]} aria-invalid={d ? true : undefined} aria-describedby={d} required={name === 'name'} onChange={(e) => set(name, e.target.value)} />
    ));
  const rating = (name: 'authority' | 'expertise' | 'accessToTop') =>
    field(name, (id, d) => (
      <select id={id} value={ratingOption(values[name])} aria-describedby={d} onChange={(e) => set(name, ratingFromOption(e.target.value))}>
        <option value="">{t('person.notRated')}</option>
        {RATINGS.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
    ));

  return (
    <form className="person-form" onSubmit={onSubmit} noValidate>
      {errors ? (
        <div className="form-error" role="alert">
          <strong>{t('person.fixErrors')}</strong> {errors.message}
        </div>
      ) : null}
      {text('name')}
      {text('title')}
      {text('department')}
      <div className="field-row">
        {field('buyingRole', (id, d) => (
          <select id={id} value={values.buyingRole} aria-describedby={d} onChange={(e) => set('buyingRole', e.target.value as PersonFormValues['buyingRole'])}>
            {BUYING_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`buyingRole.${r}`)}
              </option>
            ))}
          </select>
        ))}
        {field('stance', (id, d) => (
          <select id={id} value={values.stance} aria-describedby={d} onChange={(e) => set('stance', e.target.value as PersonFormValues['stance'])}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {t(`stance.${s}`)}
              </option>
            ))}
          </select>
        ))}
      </div>
      {field('isTopDecisionMaker', (id, d) => <input id={id} type="checkbox" checked={values.isTopDecisionMaker} aria-describedby={d} onChange={(e) => set('isTopDecisionMaker', e.target.checked)} />, true)}
      <div className="field-row three">
        {rating('authority')}
        {rating('expertise')}
        {rating('accessToTop')}
      </div>
      {values.isTopDecisionMaker ? <p className="field-hint muted">{t('person.accessIsFull')}</p> : null}
      <div className="field-row">
        {field('met', (id, d) => <input id={id} type="checkbox" checked={values.met} aria-describedby={d} onChange={(e) => set('met', e.target.checked)} />, true)}
        {field('lastContact', (id, d) => (
          <DateField id={id} value={values.lastContact} aria-invalid={d ? true : undefined} aria-describedby={d} onChange={(day) => set('lastContact', day)} />
        ))}
      </div>
      {field('notes', (id, d) => <textarea id={id} rows={4} value={values.notes} aria-describedby={d} onChange={(e) => set('notes', e.target.value)} />)}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {person ? t('person.saveChanges') : t('person.create')}
        </button>
      </div>
    </form>
  );
}
