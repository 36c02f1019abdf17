// What the rep checks before importing: totals, the column mapping (one select per column), the
// first rows with their status, every row error with its row number, and likely duplicates.
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField } from '../../../shared/import/fields';
import type { RowIssue } from '../../../shared/import/analyze';
import type { ImportPreview } from '../../../shared/import/preview';
import type { TooManyPeople } from '../../../shared/import/capacity';

interface Props {
  preview: ImportPreview;
  /** The import would not fit in the account (with the chosen options): said before Import is clicked. */
  over: TooManyPeople | null;
  busy: boolean;
  onMapping(index: number, field: ImportField | null): void;
}

export function ImportPreviewView({ preview, over, busy, onMapping }: Props) {
  const { t, i18n } = useTranslation();
  const num = (n: number) => n.toLocaleString(i18n.language);
  const fieldName = (f: ImportField | null) => (f ? t(`import.field.${f}`) : '');
  const issueText = (i: RowIssue) => {
    const message = t(i.messageKey, i.params ?? {});
    return i.column === null ? t('import.issueRow', { row: i.rowNumber, message }) : t('import.issue', { row: i.rowNumber, column: i.column, field: fieldName(i.field) || '—', message });
  };
  const mapped = preview.mapping.map((f, i) => ({ f, i })).filter((c) => c.f !== null);
  const { totals } = preview;
  return (
    <div className="import-preview">
      <p className="import-file">
        {t('import.fileLine', { file: preview.fileName, format: preview.format.toUpperCase() })}
        {preview.encoding ? ` · ${t('import.encoding', { encoding: preview.encoding.toUpperCase() })}` : ''}
      </p>
      <p className="import-totals" role="status">
        {t('import.totals', { rows: num(totals.rows), valid: num(totals.valid), withErrors: num(totals.withErrors), duplicates: num(totals.duplicates), relationships: num(totals.relationships) })}
      </p>
      {over ? (
        <div className="import-over" role="alert">
          <strong>{t('import.tooManyPeopleTitle')}</strong>
          <p>{t('import.tooManyPeople', { existing: num(over.existing), max: num(over.max), free: num(over.free), incoming: num(over.incoming) })}</p>
          <p>{over.parts > 1 ? t('import.tooManyPeopleSplit', { max: num(over.max), parts: num(over.parts) }) : t('import.tooManyPeopleNewAccount', { max: num(over.max) })}</p>
          {over.free > 0 ? <p>{t('import.tooManyPeopleShorten', { free: num(over.free) })}</p> : null}
        </div>
      ) : null}

      <h3>{t('import.mappingHeading')}</h3>
      <p className="muted">{t('import.mappingHint')}</p>
      <div className="import-mapping">
        {preview.columns.map((c) => (
          <label key={c.index} className="import-map-row">
            <span className="import-col-name">{t('import.columnLabel', { n: c.index + 1, header: c.header })}</span>
            <select value={preview.mapping[c.index] ?? ''} disabled={busy} onChange={(e) => onMapping(c.index, (e.target.value || null) as ImportField | null)}>
              <option value="">{t('import.ignore')}</option>
              {IMPORT_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {t(`import.field.${f}`)}
                </option>
              ))}
            </select>
            <span className="muted import-samples">{c.samples.length > 0 ? t('import.samples', { samples: c.samples.join(' / ') }) : ''}</span>
          </label>
        ))}
      </div>
      {preview.mappingProblems.length > 0 ? (
        <ul className="import-problems" role="alert">
          {preview.mappingProblems.map((p, i) => (
            <li key={i}>{t(p.messageKey, { ...(p.params ?? {}), field: p.params?.field ? fieldName(p.params.field as ImportField) : '' })}</li>
          ))}
        </ul>
      ) : null}

      <h3>{t('import.previewHeading')}</h3>
      <div className="import-table-wrap">
        <table className="import-table" aria-label={t('import.previewLabel')}>
          <thead>
            <tr>
              <th>{t('import.rowCol')}</th>
              {mapped.map(({ f, i }) => (
                <th key={i}>{fieldName(f)}</th>
              ))}
              <th>{t('import.statusCol')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.rowNumber} className={r.issues.length > 0 ? 'bad' : r.duplicateOf ? 'dup' : undefined}>
                <td className="num">{r.rowNumber}</td>
                {mapped.map(({ i }) => (
                  <td key={i}>{r.cells[i] ?? ''}</td>
                ))}
                <td>{r.issues.length > 0 ? `⚠ ${t('import.hasErrors')}` : r.duplicateOf ? t('import.duplicate') : t('import.ok')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {preview.errors.length > 0 ? (
        <section aria-label={t('import.errorsLabel')}>
          <h3>{t('import.errorsHeading', { count: totals.withErrors })}</h3>
          <ul className="import-issues">
            {preview.errors.map((i, k) => (
              <li key={k}>{issueText(i)}</li>
            ))}
          </ul>
          {preview.errors.length < totals.withErrors ? <p className="muted">{t('import.moreErrors', { shown: preview.errors.length })}</p> : null}
        </section>
      ) : null}

      {preview.duplicates.length > 0 ? (
        <section aria-label={t('import.duplicatesLabel')}>
          <h3>{t('import.duplicatesHeading', { count: totals.duplicates })}</h3>
          <ul className="import-issues">
            {preview.duplicates.map((d) => (
              <li key={d.rowNumber}>
                {d.of.kind === 'row'
                  ? t('import.duplicateOfRow', { row: d.rowNumber, name: d.name, title: d.title || '—', other: d.of.rowNumber })
                  : t('import.duplicateOfExisting', { row: d.rowNumber, name: d.name, title: d.title || '—', other: d.of.name })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
