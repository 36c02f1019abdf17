// The first rows of one table as they would be imported: the mapped columns and each row's check.
// While the mapping itself has a problem the rows are not checked, so none is marked OK.
import { useTranslation } from 'react-i18next';
import type { ImportPart } from '../../../shared/import/preview';

export function RowsTable({ part, label }: { part: ImportPart; label: string }) {
  const { t } = useTranslation();
  const mapped = part.mapping.map((f, i) => ({ f, i })).filter((c) => c.f !== null);
  const blocked = part.mappingProblems.length > 0;
  const status = (r: ImportPart['rows'][number]) => {
    if (blocked) return t('import.notChecked');
    if (r.issues.length > 0) return `⚠ ${t('import.hasErrors')}`;
    return r.duplicateOf ? t('import.duplicate') : t('import.ok');
  };
  return (
    // The preview scrolls: a named, focusable region, so keyboard users can scroll it too.
    <div className="import-table-wrap" role="region" aria-label={label} tabIndex={0}>
      <table className="import-table" aria-label={label}>
        <thead>
          <tr>
            <th>{t('import.rowCol')}</th>
            {mapped.map(({ f, i }) => (
              <th key={i}>{t(`import.field.${f}`)}</th>
            ))}
            <th>{t('import.statusCol')}</th>
          </tr>
        </thead>
        <tbody>
          {part.rows.map((r) => (
            <tr key={r.rowNumber} className={blocked ? undefined : r.issues.length > 0 ? 'bad' : r.duplicateOf ? 'dup' : undefined}>
              <td className="num">{r.rowNumber}</td>
              {mapped.map(({ i }) => (
                <td key={i}>{r.cells[i] ?? ''}</td>
              ))}
              <td>{status(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
