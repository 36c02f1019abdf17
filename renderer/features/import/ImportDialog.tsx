// The Import dialog: choose a CSV/XLSX file → progress → preview with mapping, errors and duplicates
// → Import (all or nothing) or Cancel (nothing written). Also imports a whole account from JSON.
import { useId, useRef, useState } from 'react';
import { useDialogFocus } from '../../components/useDialogFocus';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportKind } from '../../../shared/import/fields';
import { IMPORT_LIMITS } from '../../../shared/import/fields';
import { tooManyPeople } from '../../../shared/import/capacity';
import type { ImportPreview, ImportProgress } from '../../../shared/import/preview';
import { call, toPayload } from '../../api/client';
import { useAccounts } from '../../stores/accounts';
import { useMap } from '../../stores/map';
import { cancel, commit, FileTooLargeError, remap, startImport, type PreviewChange } from './importFlow';
import { confirmLabel, doneLabel, importableCounts } from './importCounts';
import { ChooseFiles } from './ChooseFiles';
import { CommitProgress } from './CommitProgress';
import { ImportPreviewView } from './ImportPreviewView';
import './import.css';

type Phase = 'choose' | 'reading' | 'preview' | 'committing' | 'done';

/** With `accountId` null (no account open) only a whole account can be imported. */
export function ImportDialog({ accountId, accountName, onClose }: { accountId: string | null; accountName: string; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const num = (n: number) => n.toLocaleString(i18n.language);
  const titleId = useId();
  const [phase, setPhase] = useState<Phase>('choose');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [skipErrors, setSkipErrors] = useState(false);
  const [skipDuplicates, setSkipDuplicates] = useState(false);
  const importId = useRef<string | null>(null);
  const [newAccountId, setNewAccountId] = useState<string | null>(null);

  const say = (err: unknown) => {
    if (err instanceof FileTooLargeError) return t('import.tooBig', { maxMb: IMPORT_LIMITS.maxBytes / 1024 / 1024 });
    const p = toPayload(err);
    return t(p.messageKey, p.params ?? {});
  };

  const close = () => {
    // Cancel writes nothing: the service just forgets the parsed file.
    if (importId.current && phase !== 'done') void cancel(importId.current).catch(() => undefined);
    onClose();
  };
  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box, () => {
    if (phase !== 'committing') close();
  });

  const read = async (chosen: File, sheet: string | null = null) => {
    setFile(chosen);
    setError(null);
    setPreview(null);
    setPhase('reading');
    try {
      if (!accountId) return;
      const r = await startImport(accountId, chosen, (p) => {
        // Known from the first answer, so Cancel while reading also frees the file in the service.
        importId.current = p.importId;
        setProgress(p);
      }, sheet);
      importId.current = r.progress.importId;
      if (!r.preview) {
        const e = r.progress.error;
        setError(e ? t(e.messageKey, e.params ?? {}) : t('error.unexpected', { detail: 'import' }));
        setPhase('choose');
        return;
      }
      setPreview(r.preview);
      setPhase('preview');
    } catch (err) {
      setError(say(err));
      setPhase('choose');
    }
  };

  const change = async (make: (p: ImportPreview) => PreviewChange) => {
    if (!preview) return;
    setBusy(true);
    try {
      setPreview(await remap(preview.importId, make(preview)));
      setError(null);
    } catch (err) {
      setError(say(err));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setPhase('committing');
    setError(null);
    try {
      const r = await commit(preview.importId, skipErrors, skipDuplicates);
      setDone([doneLabel(t, preview, r, num), r.rowsSkipped > 0 ? t('import.doneSkipped', { count: num(r.rowsSkipped) }) : ''].join(' ').trim());
      setPhase('done');
      await Promise.all([useMap.getState().reload(), useAccounts.getState().load()]);
    } catch (err) {
      setError(say(err));
      setPhase('preview');
    }
  };

  const importAccount = async (chosen: File) => {
    setBusy(true);
    setError(null);
    try {
      const r = await call('importAccountJson', { json: await chosen.text() });
      setDone(t('import.accountDone', { name: r.account.name, people: r.people, relationships: r.relationships, history: r.historyRows }));
      setPhase('done');
      // Opened only when the rep asks: switching accounts replaces the toolbar this dialog lives in.
      setNewAccountId(r.account.id);
      await useAccounts.getState().load();
    } catch (err) {
      setError(say(err));
    } finally {
      setBusy(false);
    }
  };

  const counts = importableCounts(preview, skipDuplicates);
  // Checked against what would really be created (the options change it), before Import is clicked.
  const over = preview ? tooManyPeople(preview.room, counts.people) : null;
  const withErrors = preview ? preview.totals.withErrors + (preview.companion?.totals.withErrors ?? 0) : 0;
  const problems = preview ? preview.mappingProblems.length + (preview.companion?.mappingProblems.length ?? 0) : 0;
  const blocked = !preview || problems > 0 || (withErrors > 0 && !skipErrors) || counts.people + counts.relationships === 0 || over !== null;
  const mapColumn = (key: 'mapping' | 'companionMapping', index: number, field: ImportField | null) =>
    void change((p) => ({ [key]: (key === 'mapping' ? p : p.companion!).mapping.map((f, i) => (i === index ? field : f)) }));

  return (
    <div className="modal-backdrop">
      <div className="modal import-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={box}>
        <h2 id={titleId}>{accountId ? t('import.title', { account: accountName }) : t('import.titleAccount')}</h2>
        {phase === 'choose' ? <ChooseFiles spreadsheet={accountId !== null} busy={busy} onSpreadsheet={(f) => void read(f)} onAccountFile={(f) => void importAccount(f)} /> : null}
        {phase === 'reading' ? (
          <div className="import-progress" role="status">
            <p>{t(progress?.phase === 'validating' ? 'import.checking' : 'import.reading', { file: file?.name ?? '' })}</p>
            <progress max={progress?.totalRows ?? undefined} value={progress?.totalRows ? progress.processedRows : undefined} aria-label={t('import.reading', { file: file?.name ?? '' })} />
            <p className="muted">
              {progress?.totalRows
                ? t('import.progress', { done: num(progress.processedRows), total: num(progress.totalRows) })
                : progress?.processedRows
                  ? t('import.progressUnknown', { done: num(progress.processedRows) })
                  : t('import.opening')}
            </p>
          </div>
        ) : null}
        {(phase === 'preview' || phase === 'committing') && preview ? (
          <>
            {preview.sheets.length > 1 ? (
              <label className="import-sheet">
                {t('import.sheet')}{' '}
                <select value={preview.sheet ?? ''} disabled={busy || phase === 'committing'} onChange={(e) => file && void read(file, e.target.value)}>
                  {preview.sheets.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <ImportPreviewView
              preview={preview}
              over={over}
              busy={busy || phase === 'committing'}
              onMapping={(i, f) => mapColumn('mapping', i, f)}
              onCompanionMapping={(i, f) => mapColumn('companionMapping', i, f)}
              onKind={(kind: ImportKind) => void change(() => ({ kind }))}
            />
            <div className="import-options">
              {withErrors > 0 ? (
                <label>
                  <input type="checkbox" checked={skipErrors} onChange={(e) => setSkipErrors(e.target.checked)} /> {t('import.skipErrors', { count: withErrors })}
                </label>
              ) : null}
              {preview.totals.duplicates > 0 ? (
                <label>
                  <input type="checkbox" checked={skipDuplicates} onChange={(e) => setSkipDuplicates(e.target.checked)} /> {t('import.skipDuplicates', { count: preview.totals.duplicates })}
                </label>
              ) : null}
            </div>
          </>
        ) : null}
        {phase === 'committing' && preview ? <CommitProgress importId={preview.importId} /> : null}
        {phase === 'done' && done ? (
          <p className="import-done" role="status">
            {done}
          </p>
        ) : null}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal-actions">
          {phase === 'done' ? (
            <>
              {newAccountId ? (
                <button
                  type="button"
                  onClick={() => {
                    onClose();
                    useAccounts.getState().select(newAccountId);
                  }}
                >
                  {t('import.openAccount')}
                </button>
              ) : null}
              <button type="button" className="primary" onClick={onClose}>
                {t('import.close')}
              </button>
            </>
          ) : (
            <>
              <button type="button" disabled={phase === 'committing'} onClick={close}>
                {t('import.cancel')}
              </button>
              {phase === 'preview' || phase === 'committing' ? (
                <button type="button" className="primary" disabled={blocked || busy || phase === 'committing'} onClick={() => void confirm()}>
                  {confirmLabel(t, counts, num)}
                </button>
              ) : null}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
