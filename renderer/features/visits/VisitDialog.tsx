// The visit form as a modal dialog: opens prefilled (today, the people selected on the map), saves with
// one call (Enter or Ctrl+Enter), Escape cancels; focus is kept inside and returns to the opener.
import { useCallback, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import type { Visit } from '../../../shared/visits/model';
import { toPayload } from '../../api/client';
import { useDialogFocus } from '../../components/useDialogFocus';
import { useUi } from '../../stores/ui';
import { formatDay } from '../timeline/dates';
import { describeVisitError, type VisitErrors } from './describeVisitError';
import type { FormRequest } from './store';
import { useVisits } from './store';
import { VisitFormBody } from './VisitFormBody';
import { buildVisitFields, newVisitValues, visitValues, type VisitFormValues } from './visitForm';
import { attendeeNames, joinNames } from './visitText';
import './visits.css';

interface Props {
  request: FormRequest;
  map: AccountMap;
  /** The stored visit when editing. */
  visit: Visit | null;
  today: string;
  onClose(): void;
}

function titleOf(t: ReturnType<typeof useTranslation>['t'], request: FormRequest, visit: Visit | null, lang: string): string {
  if (request.mode !== 'edit') return t(request.mode === 'log' ? 'visits.form.logTitle' : 'visits.form.planTitle');
  const day = visit ? formatDay(visit.date, lang) : '';
  return request.logIt ? t('visits.form.logPlanTitle', { day }) : t('visits.form.editTitle', { day });
}

export function VisitDialog({ request, map, visit, today, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const base = useId();
  const box = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<VisitFormValues>(() =>
    request.mode === 'edit' && visit ? visitValues(visit, today, request.logIt) : newVisitValues(today, request.mode === 'edit' ? [] : request.attendeeIds, request.mode === 'plan'),
  );
  const [errors, setErrors] = useState<VisitErrors | null>(null);
  const [busy, setBusy] = useState(false);
  const cancel = useCallback(() => {
    if (!busy) onClose();
  }, [busy, onClose]);
  useDialogFocus(box, cancel);
  const set = <K extends keyof VisitFormValues>(key: K, value: VisitFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const built = buildVisitFields(values, request.mode === 'edit' ? visit : null);
    if (!built.ok) {
      const fields = Object.fromEntries(Object.entries(built.errors).map(([k, key]) => [k, t(key ?? 'error.invalidInput')]));
      setErrors({ message: Object.values(fields)[0] ?? '', fields });
      return;
    }
    setBusy(true);
    try {
      const result = await useVisits.getState().save(map.account.id, built.fields, request.mode === 'edit' && visit ? visit.id : null);
      const saved = result.visit;
      const names = joinNames(attendeeNames(saved, new Map(map.people.map((p) => [p.id, p.name]))), lang);
      const day = formatDay(saved.date, lang);
      useUi.getState().notify(saved.status === 'planned' ? { kind: 'info', key: 'visits.savedPlan', params: { day } } : { kind: 'info', key: 'visits.saved', params: { names, day } });
      onClose();
    } catch (err) {
      setErrors(describeVisitError(t, toPayload(err), lang));
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.current?.requestSubmit();
    }
  };

  const titleId = `${base}-title`;
  return (
    <div className="modal-backdrop">
      <div className="modal visit-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={box}>
        <h2 id={titleId}>{titleOf(t, request, visit, lang)}</h2>
        <form ref={form} className="visit-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
          <div className="visit-form-body">
            {errors ? (
              <div className="form-error" role="alert">
                <strong>{t('visits.form.fixErrors')}</strong> {errors.message}
              </div>
            ) : null}
            <VisitFormBody base={base} values={values} people={map.people} errors={errors?.fields ?? {}} set={set} />
          </div>
          <div className="modal-actions visit-actions">
            <span className="muted keys-hint">{t('visits.form.keys')}</span>
            <button type="button" onClick={cancel}>
              {t('app.cancel')}
            </button>
            <button type="submit" className="primary" disabled={busy}>
              {t(values.planned ? 'visits.form.savePlan' : 'visits.form.save')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
