// A modal confirmation with a name (role=dialog, aria-labelledby) that says exactly what will happen.
import { useId, useRef } from 'react';
import { useDialogFocus } from './useDialogFocus';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  body: string;
  confirmLabel: string;
  busy?: boolean;
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ title, body, confirmLabel, busy, error, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const box = useRef<HTMLDivElement>(null);
  // Focus starts on Cancel (the safe choice), stays inside, and goes back to what opened it.
  useDialogFocus(box, onCancel);
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={bodyId} ref={box}>
        <h2 id={titleId}>{title}</h2>
        <p id={bodyId}>{body}</p>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" data-autofocus onClick={onCancel}>
            {t('app.cancel')}
          </button>
          <button type="button" className="danger" disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
