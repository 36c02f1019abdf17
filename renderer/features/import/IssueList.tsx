// Every row error of one table with its row and column, in words (each key with the params it carries).
import { useTranslation } from 'react-i18next';
import type { RowIssue } from '../../../shared/import/analyze';
import type { ImportPart } from '../../../shared/import/preview';

export function IssueList({ part, label }: { part: ImportPart; label: string }) {
  const { t } = useTranslation();
  if (part.errors.length === 0) return null;
  const text = (i: RowIssue) => {
    const message = t(i.messageKey, i.params ?? {});
    return i.column === null ? t('import.issueRow', { row: i.rowNumber, message }) : t('import.issue', { row: i.rowNumber, column: i.column, field: i.field ? t(`import.field.${i.field}`) : '—', message });
  };
  return (
    <section aria-label={label}>
      <h3>{t('import.errorsHeading', { count: part.totals.withErrors })}</h3>
      <ul className="import-issues" aria-label={label} tabIndex={0}>
        {part.errors.map((i, k) => (
          <li key={k}>{text(i)}</li>
        ))}
      </ul>
      {part.errors.length < part.totals.withErrors ? <p className="muted">{t('import.moreErrors', { shown: part.errors.length })}</p> : null}
    </section>
  );
}
