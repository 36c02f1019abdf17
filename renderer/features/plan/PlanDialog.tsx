// Prepare the visit (拜访准备): the plan on one screen, as a dialog over the map. Escape or Close
// returns to where it was opened; the account changing under it closes it.
import { useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { useDialogFocus } from '../../components/useDialogFocus';
import { useMap } from '../../stores/map';
import { PlanSections } from './PlanSections';
import { usePlan } from './store';
import './plan.css';

/** Always mounted with the window: shows the dialog while a plan is asked for. */
export function PlanHost() {
  const request = usePlan((s) => s.request);
  const close = usePlan((s) => s.close);
  const accountId = useMap((s) => s.map?.account.id ?? null);
  useEffect(() => {
    if (request && request.accountId !== accountId) close();
  }, [accountId, request, close]);
  return request ? <PlanDialog /> : null;
}

function PlanDialog() {
  const { t } = useTranslation();
  const base = useId();
  const box = useRef<HTMLDivElement>(null);
  const plan = usePlan((s) => s.plan);
  const error = usePlan((s) => s.error);
  const close = usePlan((s) => s.close);
  const onClose = useCallback(() => close(), [close]);
  useDialogFocus(box, onClose);
  const titleId = `${base}-title`;
  return (
    <div className="modal-backdrop">
      <div className="modal plan-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={box}>
        <h2 id={titleId}>{t('plan.title')}</h2>
        <div className="plan-body">
          {error ? (
            <p className="form-error" role="alert">
              {describeError(t, toPayload(error)).message}
            </p>
          ) : plan ? (
            <PlanSections plan={plan} />
          ) : (
            <p className="muted">{t('plan.loading')}</p>
          )}
        </div>
        <div className="modal-actions">
          <button type="button" className="primary" data-autofocus onClick={onClose}>
            {t('plan.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
