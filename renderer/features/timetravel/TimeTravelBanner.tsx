// Says loudly that the map shows the past and is read-only, with one click back to today.
import { useTranslation } from 'react-i18next';
import { formatDay } from '../timeline/dates';
import { useTimeTravel } from './store';
import './timetravel.css';

export function TimeTravelBanner() {
  const { t, i18n } = useTranslation();
  const day = useTimeTravel((s) => s.day);
  const back = useTimeTravel((s) => s.back);
  if (!day) return null;
  return (
    <div className="time-travel-banner" role="status" data-testid="time-travel-banner">
      <svg className="tt-icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M10 5v5l-3 2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span>
        <strong>{t('timetravel.banner', { day: formatDay(day, i18n.language) })}</strong>
        <span className="tt-hint">{t('timetravel.bannerHint')}</span>
      </span>
      <button type="button" className="primary" onClick={back}>
        {t('timetravel.back')}
      </button>
    </div>
  );
}
