// "Export to calendar": the open next steps as an .ics file, through the same save call as every
// export (the native save dialog in the app); the outcome is said in words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportStem } from '../../../shared/export/fileName';
import { call, toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { utf8Base64 } from '../export/encode';
import { todayOrLocal } from '../timeline/trends';
import { calendarWords, nextStepsCalendar } from './calendar';
import { useVisitSummaries } from './summaries';

export function CalendarExport() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      // Every open step, whatever the view shows.
      const open = await call('listNextSteps', {});
      if (open.length === 0) {
        setStatus({ text: t('agenda.exportEmpty'), error: false });
        return;
      }
      const ics = nextStepsCalendar(open, calendarWords(t, i18n.language), new Date(), i18n.language);
      const today = todayOrLocal(useVisitSummaries.getState().today);
      const saved = await call('saveFile', { suggestedName: exportStem(t('agenda.fileName'), today), kind: 'ics', dataBase64: utf8Base64(ics) });
      setStatus({ text: saved ? t('export.saved', { path: saved.path }) : t('export.cancelled'), error: false });
    } catch (err) {
      setStatus({ text: describeError(t, toPayload(err)).message, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="agenda-export">
      <button type="button" disabled={busy} onClick={() => void run()}>
        {t('agenda.export')}
      </button>
      <p className={`agenda-export-status${status?.error ? ' form-error' : ''}`} role={status?.error ? 'alert' : 'status'}>
        {status?.text ?? ''}
      </p>
    </div>
  );
}
