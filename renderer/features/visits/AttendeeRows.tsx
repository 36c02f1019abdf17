// One card per attendee: "after this visit, 孙美华 is: skeptic → [neutral]", their needs (需求) and wants (需要).
import { useTranslation } from 'react-i18next';
import { STANCES, type Person } from '../../../shared/domain/model';
import { STANCE_FILL } from '../../graph/palette';
import type { AttendeeValues, VisitField } from './visitForm';

interface Props {
  base: string;
  attendees: readonly AttendeeValues[];
  people: ReadonlyMap<string, Person>;
  planned: boolean;
  errors: Partial<Record<VisitField, string>>;
  onChange(index: number, patch: Partial<AttendeeValues>): void;
  onRemove(index: number): void;
}

export function AttendeeRows({ base, attendees, people, planned, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="attendee-rows">
      {attendees.map((a, i) => {
        const person = people.get(a.personId);
        const name = person?.name ?? a.personId;
        const id = `${base}-att-${i}`;
        const was = a.stanceBefore ?? person?.stance ?? null;
        const err = (f: 'needs' | 'wants' | 'stanceAfter') => errors[`attendee.${i}.${f}`];
        const area = (f: 'needs' | 'wants') => (
          <div className={`field${err(f) ? ' has-error' : ''}`}>
            <label htmlFor={`${id}-${f}`}>{t(`visits.form.${f}`)}</label>
            <textarea id={`${id}-${f}`} rows={1} value={a[f]} aria-invalid={err(f) ? true : undefined} onChange={(e) => onChange(i, { [f]: e.target.value })} />
            {err(f) ? <p className="field-error">{err(f)}</p> : null}
          </div>
        );
        return (
          <li key={a.personId} className="attendee-row" data-person-id={a.personId}>
            <div className="attendee-head">
              <span className={`dot${person?.stance === 'unknown' ? ' dashed' : ''}`} style={{ background: person ? STANCE_FILL[person.stance] : '#fff' }} aria-hidden="true" />
              <span className="person-name">{name}</span>
              {person?.title ? <span className="person-title">{person.title}</span> : null}
              <button type="button" className="icon remove-attendee" tabIndex={-1} aria-label={t('visits.form.remove', { name })} title={t('visits.form.remove', { name })} onClick={() => onRemove(i)}>
                ×
              </button>
            </div>
            {planned ? null : (
              <div className={`field stance-after${err('stanceAfter') ? ' has-error' : ''}`}>
                <label htmlFor={`${id}-stance`}>{t('visits.form.stanceAfter', { name })}</label>
                <span className="stance-move">
                  {was ? <span className="tag stance-was">{t(`stance.${was}`)}</span> : null}
                  <span aria-hidden="true">→</span>
                  <select id={`${id}-stance`} value={a.stanceAfter} onChange={(e) => onChange(i, { stanceAfter: e.target.value as AttendeeValues['stanceAfter'] })}>
                    <option value="">{t('visits.form.unchanged', { stance: was ? t(`stance.${was}`) : '?' })}</option>
                    {STANCES.map((s) => (
                      <option key={s} value={s}>
                        {t(`stance.${s}`)}
                      </option>
                    ))}
                  </select>
                </span>
                {err('stanceAfter') ? <p className="field-error">{err('stanceAfter')}</p> : null}
              </div>
            )}
            {planned ? null : (
              <div className="field-row">
                {area('needs')}
                {area('wants')}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
