// The question asked when the rep would leave a form with unsaved changes: save, discard, or keep editing.
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../components/useDialogFocus';
import { answerLeave, useLeaveRequest } from '../stores/unsaved';

export function UnsavedChangesHost() {
  const pending = useLeaveRequest((s) => s.pending);
  return pending ? <UnsavedChangesDialog /> : null;
}

function UnsavedChangesDialog() {
  const { t } = useTranslation();
  const name = useLeaveRequest((s) => s.name);
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box, () => void answerLeave('stay'));
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={box}>
        <h2 id={titleId}>{name ? t('command.unsaved.title', { name }) : t('command.unsaved.titleNew')}</h2>
        <p>{t('command.unsaved.body')}</p>
        <div className="modal-actions">
          <button type="button" data-autofocus onClick={() => void answerLeave('stay')}>
            {t('command.unsaved.stay')}
          </button>
          <button type="button" className="danger" onClick={() => void answerLeave('discard')}>
            {t('command.unsaved.discard')}
          </button>
          <button type="button" className="primary" onClick={() => void answerLeave('save')}>
            {t('command.unsaved.save')}
          </button>
        </div>
      </div>
    </div>
  );
}
