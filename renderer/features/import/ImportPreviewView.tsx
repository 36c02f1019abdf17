// What the rep checks before importing: what the file holds (people or relationships), totals, the
// column mapping and what will not be imported, the first rows with their status, every row error
// with its row number, likely duplicates — and the relationships sheet beside the people, if any.
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, type ImportField, type ImportKind } from '../../../shared/import/fields';
import type { ImportPart, ImportPreview } from '../../../shared/import/preview';
import type { TooManyPeople } from '../../../shared/import/capacity';
import { IssueList } from './IssueList';
import { MappingSection } from './MappingSection';
import { RowsTable } from './RowsTable';

interface Props {
  preview: ImportPreview;
  /** The import would not fit in the account (with the chosen options): said before Import is clicked. */
  over: TooManyPeople | null;
  busy: boolean;
  onMapping(index: number, field: ImportField | null): void;
  onCompanionMapping(index: number, field: ImportField | null): void;
  onKind(kind: ImportKind): void;
}

function Totals({ part }: { part: ImportPart }) {
  const { t, i18n } = useTranslation();
  const num = (n: number) => n.toLocaleString(i18n.language);
  const { totals } = part;
  return (
    <p className="import-totals" role="status">
      {part.kind === 'people'
        ? t('import.totals', { rows: num(totals.rows), valid: num(totals.valid), withErrors: num(totals.withErrors), duplicates: num(totals.duplicates), relationships: num(totals.relationships) })
        : t('import.totalsRelationships', { rows: num(totals.rows), valid: num(totals.valid), withErrors: num(totals.withErrors) })}
    </p>
  );
}

export function ImportPreviewView({ preview, over, busy, onMapping, onCompanionMapping, onKind }: Props) {
  const { t, i18n } = useTranslation();
  const num = (n: number) => n.toLocaleString(i18n.language);
  const { companion } = preview;
  return (
    <div className="import-preview">
      <p className="import-file">
        {t('import.fileLine', { file: preview.fileName, format: preview.format.toUpperCase() })}
        {preview.encoding ? ` · ${t('import.encoding', { encoding: preview.encoding.toUpperCase() })}` : ''}
      </p>
      <label className="import-kind">
        {t('import.kindLabel')}{' '}
        <select value={preview.kind} disabled={busy} onChange={(e) => onKind(e.target.value as ImportKind)}>
          {IMPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`import.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <Totals part={preview} />
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
      <MappingSection part={preview} busy={busy} onMapping={onMapping} onKind={onKind} />

      <h3>{t('import.previewHeading')}</h3>
      <RowsTable part={preview} label={t('import.previewLabel')} />
      <IssueList part={preview} label={t('import.errorsLabel')} />

      {preview.duplicates.length > 0 ? (
        <section aria-label={t('import.duplicatesLabel')}>
          <h3>{t('import.duplicatesHeading', { count: preview.totals.duplicates })}</h3>
          <ul className="import-issues" aria-label={t('import.duplicatesLabel')} tabIndex={0}>
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

      {companion ? (
        <section className="import-companion" aria-label={t('import.companionHeading', { sheet: companion.sheet ?? '' })}>
          <h3>{t('import.companionHeading', { sheet: companion.sheet ?? '' })}</h3>
          <p className="muted">{t('import.companionHint')}</p>
          <Totals part={companion} />
          <MappingSection part={companion} busy={busy} onMapping={onCompanionMapping} />
          <RowsTable part={companion} label={t('import.companionHeading', { sheet: companion.sheet ?? '' })} />
          <IssueList part={companion} label={t('import.errorsLabel')} />
        </section>
      ) : null}
    </div>
  );
}
