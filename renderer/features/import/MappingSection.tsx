// The column mapping of one table: a select per column (fields of the file's kind), what will not be
// imported said before Import (each left-out column a button that opens its select), and the
// mapping's blocking problems — with a one-click switch when the file looks like the other kind.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELDS_BY_KIND, type ImportField, type ImportKind } from '../../../shared/import/fields';
import type { ImportColumn, ImportPart } from '../../../shared/import/preview';
import { listSeparator } from '../../i18n/list';

interface Props {
  part: ImportPart;
  busy: boolean;
  onMapping(index: number, field: ImportField | null): void;
  /** Offered when the header row looks like the other kind. */
  onKind?: (kind: ImportKind) => void;
}

const MARK = '\u0001';

export function MappingSection({ part, busy, onMapping, onKind }: Props) {
  const { t, i18n } = useTranslation();
  const selects = useRef(new Map<number, HTMLSelectElement>());
  const columnName = (c: ImportColumn) => c.header || t('import.unnamedColumn', { n: c.index + 1 });
  const fieldName = (f: string) => t(`import.field.${f}`);
  const open = (index: number) => {
    const select = selects.current.get(index);
    if (!select) return;
    select.scrollIntoView({ block: 'nearest' });
    select.focus();
    try {
      select.showPicker();
    } catch {
      // Not every engine opens a select on request; it has the focus.
    }
  };
  const { unmapped } = part;
  const notice = unmapped.length === 0 ? [] : t(unmapped.length === 1 ? 'import.unmappedOne' : 'import.unmappedMany', { count: unmapped.length, names: MARK }).split(MARK);
  return (
    <>
      <div className="import-mapping">
        {part.columns.map((c) => (
          <label key={c.index} className={`import-map-row${part.mapping[c.index] ? '' : ' unmapped'}`}>
            <span className="import-col-name">{t('import.columnLabel', { n: c.index + 1, header: c.header })}</span>
            <select
              ref={(el) => {
                if (el) selects.current.set(c.index, el);
                else selects.current.delete(c.index);
              }}
              value={part.mapping[c.index] ?? ''}
              disabled={busy}
              onChange={(e) => onMapping(c.index, (e.target.value || null) as ImportField | null)}
            >
              <option value="">{t('import.ignore')}</option>
              {FIELDS_BY_KIND[part.kind].map((f) => (
                <option key={f} value={f}>
                  {fieldName(f)}
                </option>
              ))}
            </select>
            <span className="muted import-samples">{c.samples.length > 0 ? t('import.samples', { samples: c.samples.join(' / ') }) : ''}</span>
          </label>
        ))}
      </div>
      {unmapped.length > 0 ? (
        <p className="import-unmapped" role="note">
          {notice[0]}
          {unmapped.map((c, i) => (
            <span key={c.index}>
              <button type="button" className="link-button" title={t('import.mapColumn', { n: c.index + 1, header: columnName(c) })} onClick={() => open(c.index)}>
                {columnName(c)}
              </button>
              {i < unmapped.length - 1 ? listSeparator(i18n.language) : null}
            </span>
          ))}
          {notice[1]} <span className="muted">{t('import.unmappedHint')}</span>
        </p>
      ) : null}
      {part.mappingProblems.length > 0 ? (
        <ul className="import-problems" role="alert">
          {part.mappingProblems.map((p, i) => (
            <li key={i}>
              {t(p.messageKey, { ...(p.params ?? {}), field: p.params?.field ? fieldName(String(p.params.field)) : '' })}
              {onKind && p.messageKey.startsWith('error.import.looksLike') && part.detectedKind !== part.kind ? (
                <>
                  {' '}
                  <button type="button" disabled={busy} onClick={() => onKind(part.detectedKind)}>
                    {t(`import.switchTo.${part.detectedKind}`)}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
