// The export dialog: map image (PNG / SVG / clipboard) at a chosen size and background, the visit
// brief, and the account file. Every outcome is said in words: saved where, cancelled, or why not.
import { useId, useRef, useState } from 'react';
import { useDialogFocus } from '../../components/useDialogFocus';
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import { call, toPayload } from '../../api/client';
import { EXPORT_SIZES, type ExportSize } from '../../graph/exportLayout';
import { blobToBase64, ExportError, exportPng, type ExportBackground } from '../../graph/exportPng';
import { exportSvg } from '../../graph/exportSvg';
import { graph } from '../../graph/instance';
import { useUi } from '../../stores/ui';
import { handOffMapImage, handOffPositions } from '../brief/handoff';
import { briefMapFromLive } from './briefImage';
import { openBrief } from '../brief/route';
import { exportContent, exportFileStem, formatDay } from './content';
import { useChanges } from '../changes/store';
import { usePanelTab } from '../ranking/panelTab';
import { copyPngToClipboard } from './clipboard';
import { utf8Base64 } from './encode';
import { svgRefusalText } from './svgCheck';
import './export.css';

type Status = { kind: 'info' | 'error'; text: string } | null;

export function ExportDialog({ map, asOf, onClose }: { map: AccountMap; asOf: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const language = useUi((s) => s.language);
  const titleId = useId();
  const [size, setSize] = useState<ExportSize>(1600);
  const [background, setBackground] = useState<ExportBackground>('white');
  const [busy, setBusy] = useState(false);
  // "What changed" outlines are screen state: exported only when the rep ticks the box.
  const changedFrom = useChanges((st) => st.result?.from ?? null);
  const changesTab = usePanelTab((st) => st.tab === 'changes');
  const changesShown = changesTab ? changedFrom : null;
  const [includeChanges, setIncludeChanges] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  // Focus starts on the first choice, stays inside, and goes back to what opened the dialog.
  const box = useRef<HTMLDivElement>(null);
  useDialogFocus(box, () => {
    if (!busy) onClose();
  });

  const say = (err: unknown) => {
    if (err instanceof ExportError) return t(err.key, { detail: err.message, ...err.params });
    const p = toPayload(err);
    return t(p.messageKey, p.params ?? {});
  };

  const run = async (job: () => Promise<string>) => {
    setBusy(true);
    setStatus({ kind: 'info', text: t('export.working') });
    try {
      setStatus({ kind: 'info', text: await job() });
    } catch (err) {
      setStatus({ kind: 'error', text: say(err) });
    } finally {
      setBusy(false);
    }
  };

  const cy = () => {
    const instance = graph.instance;
    if (!instance) throw new ExportError('export.error.emptyMap');
    return instance;
  };
  const content = () => exportContent(map, t, language, { background, asOf, changedSince: includeChanges ? changesShown : null });
  const saved = (r: { path: string } | null) => (r ? t('export.saved', { path: r.path }) : t('export.cancelled'));

  const savePng = () =>
    run(async () => {
      const png = await exportPng(cy(), size, content());
      return saved(await call('saveFile', { suggestedName: exportFileStem(map, asOf), kind: 'png', dataBase64: await blobToBase64(png.blob) }));
    });
  const saveSvg = () => {
    // Refused up front (counts, no drawing) when the SVG would freeze the window or be too big to save.
    const refused = graph.instance ? svgRefusalText(graph.instance, t, language) : null;
    if (refused) return setStatus({ kind: 'error', text: refused });
    return run(async () => {
      const svg = await exportSvg(cy(), size, content());
      return saved(await call('saveFile', { suggestedName: exportFileStem(map, asOf), kind: 'svg', dataBase64: utf8Base64(svg) }));
    });
  };
  const copy = () =>
    run(async () => {
      const png = await exportPng(cy(), size, content());
      await copyPngToClipboard(png.blob);
      return t('export.copied');
    });
  const saveJson = () =>
    run(async () => {
      const file = await call('exportAccountJson', { accountId: map.account.id });
      return saved(await call('saveFile', { suggestedName: file.fileName, kind: 'json', dataBase64: utf8Base64(file.json) }));
    });

  return (
    <div className="modal-backdrop">
      <div className="modal export-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={box}>
        <h2 id={titleId}>{t('export.title')}</h2>
        <section className="export-section" aria-label={t('export.imageHeading')}>
          <h3>{t('export.imageHeading')}</h3>
          <p className="muted">{t('export.imageHint')}</p>
          <fieldset className="export-choices">
            <legend>{t('export.size')}</legend>
            {EXPORT_SIZES.map((px) => (
              <label key={px}>
                <input type="radio" name="export-size" checked={size === px} onChange={() => setSize(px)} />
                {t(`export.sizeNames.${px}`)} · {t('export.sizeOption', { px })}
              </label>
            ))}
          </fieldset>
          <fieldset className="export-choices">
            <legend>{t('export.background')}</legend>
            {(['white', 'transparent', 'dark'] as const).map((bg) => (
              <label key={bg}>
                <input type="radio" name="export-bg" checked={background === bg} onChange={() => setBackground(bg)} />
                {t(`export.${bg}`)}
              </label>
            ))}
          </fieldset>
          {changesShown ? (
            <label className="checkbox export-include-changes">
              <input type="checkbox" checked={includeChanges} onChange={(e) => setIncludeChanges(e.target.checked)} />
              {t('export.includeChanges', { day: formatDay(changesShown, language) })}
            </label>
          ) : null}
          <div className="export-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void savePng()}>
              {t('export.savePng')}
            </button>
            <button type="button" disabled={busy} onClick={() => void saveSvg()}>
              {t('export.saveSvg')}
            </button>
            <button type="button" disabled={busy} onClick={() => void copy()}>
              {t('export.copy')}
            </button>
          </div>
        </section>
        <section className="export-section" aria-label={t('export.briefHeading')}>
          <h3>{t('export.briefHeading')}</h3>
          <p className="muted">{t('export.briefHint')}</p>
          <button type="button" disabled={busy} onClick={() =>
              void run(async () => {
                handOffPositions(map.account.id, graph.positions());
                handOffMapImage(map.account.id, await briefMapFromLive(graph.instance, asOf));
                openBrief(map.account.id);
                return t('export.working');
              })
            }>
            {t('export.openBrief')}
          </button>
        </section>
        <section className="export-section" aria-label={t('export.accountHeading')}>
          <h3>{t('export.accountHeading')}</h3>
          <p className="muted">{t('export.accountHint')}</p>
          <button type="button" disabled={busy} onClick={() => void saveJson()}>
            {t('export.saveAccountJson')}
          </button>
        </section>
        <p className={`export-status${status?.kind === 'error' ? ' form-error' : ''}`} role={status?.kind === 'error' ? 'alert' : 'status'}>
          {status?.text ?? ''}
        </p>
        <div className="modal-actions">
          <button type="button" onClick={onClose} disabled={busy}>
            {t('app.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
