// The map toolbar's date control: pick a past day to see the account as it was then.
import { useTranslation } from 'react-i18next';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { DateField } from '../../components/date/DateField';
import { isDay } from '../../components/date/dayText';
import { useAccounts } from '../../stores/accounts';
import { todayOrLocal, useTrends } from '../timeline/trends';
import { useTimeTravel } from './store';

export function TimeTravelControl() {
  const { t } = useTranslation();
  const accountId = useAccounts((s) => s.selectedId);
  const today = todayOrLocal(useTrends((s) => s.today));
  const day = useTimeTravel((s) => s.day);
  const error = useTimeTravel((s) => s.error);
  const visit = useTimeTravel((s) => s.visit);
  const back = useTimeTravel((s) => s.back);
  return (
    <div className="toolbar-group time-travel-control">
      {/* A short visible label keeps the toolbar to two rows; the input keeps the full name. */}
      <label htmlFor="time-travel-day" className="muted small" title={t('timetravel.control')}>
        {t('timetravel.controlShort')}
      </label>
      <DateField
        id="time-travel-day"
        aria-label={t('timetravel.control')}
        title={t('timetravel.control')}
        max={today}
        value={day ?? today}
        onChange={(v) => {
          // Half-typed text is not a day yet: wait for one.
          if (!isDay(v) || !accountId) return;
          if (v === today) back();
          else void visit(accountId, v);
        }}
      />
      {error ? (
        <span className="field-error small" role="alert">
          {describeError(t, toPayload(error)).message}
        </span>
      ) : null}
    </div>
  );
}
