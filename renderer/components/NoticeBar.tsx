// The one-line notice floating at the top of the map (saved, moved top decision-maker, errors that have
// no field). It floats rather than taking a row, so showing it never resizes the map: a row pushed the
// map down and redrew every person after each edit.
import { useTranslation } from 'react-i18next';
import { useUi } from '../stores/ui';

export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useUi((s) => s.notice);
  const notify = useUi((s) => s.notify);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{t(notice.key, notice.params ?? {})}</span>
      <button type="button" className="link" onClick={() => notify(null)}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
