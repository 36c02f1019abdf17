// The Import dialog's first step: a spreadsheet of people or relationships (when an account is
// open), or a whole account from an account file.
import { useTranslation } from 'react-i18next';

interface Props {
  /** False when no account is open: only a whole account can be imported. */
  spreadsheet: boolean;
  busy: boolean;
  onSpreadsheet(file: File): void;
  onAccountFile(file: File): void;
}

function FileSection({ heading, hint, label, accept, disabled, onFile }: { heading: string; hint: string; label: string; accept: string; disabled?: boolean; onFile(file: File): void }) {
  return (
    <section className="import-section">
      <h3>{heading}</h3>
      <p className="muted">{hint}</p>
      <label className="import-file-input">
        <span>{label}</span>
        <input
          type="file"
          accept={accept}
          disabled={disabled}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) onFile(f);
          }}
        />
      </label>
    </section>
  );
}

export function ChooseFiles({ spreadsheet, busy, onSpreadsheet, onAccountFile }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {spreadsheet ? (
        <FileSection
          heading={t('import.peopleHeading')}
          hint={t('import.peopleHint')}
          label={t('import.chooseFile')}
          accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onFile={onSpreadsheet}
        />
      ) : null}
      <FileSection heading={t('import.accountHeading')} hint={t('import.accountHint')} label={t('import.chooseAccountFile')} accept=".json,application/json" disabled={busy} onFile={onAccountFile} />
    </>
  );
}
