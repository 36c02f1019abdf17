// The visit brief: a full-window, printable page of the app (A4 landscape: one sheet when the data
// fits, else full pages; see BriefPages) that the platform prints to PDF — the map, who matters
// most, the support-base trend, warnings and next steps.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toPayload } from '../../api/client';
import { legendSections } from '../../graph/exportLegend';
import { offscreenMap } from '../../graph/exportOffscreen';
import { ExportError, exportLegendPng, exportPng } from '../../graph/exportPng';
import { useUi } from '../../stores/ui';
import { loadBrief, type BriefData } from './loadBrief';
import { takeMapImage, takePositions } from './handoff';
import { closeBrief } from './route';
import { BriefPages, type BriefImages } from './BriefPages';
import './brief.css';

type Status = { kind: 'info' | 'error'; text: string } | null;

export function BriefView({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const language = useUi((s) => s.language);
  const [data, setData] = useState<BriefData | null>(null);
  const [image, setImage] = useState<BriefImages | null>(null);
  const [laidOut, setLaidOut] = useState(false);
  const onLaidOut = useCallback(() => setLaidOut(true), []);
  const [status, setStatus] = useState<Status>({ kind: 'info', text: t('brief.preparing') });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.documentElement.classList.add('brief-mode');
    return () => document.documentElement.classList.remove('brief-mode');
  }, []);

  useEffect(() => {
    let alive = true;
    let url: string | null = null;
    let legendUrl: string | null = null;
    (async () => {
      const loaded = await loadBrief(accountId);
      if (!alive) return;
      setData(loaded);
      const handed = takeMapImage(accountId);
      if (loaded.map.people.length > 0 && handed) {
        // The live map's picture, made as the brief was opened (features/export/briefImage.ts).
        url = URL.createObjectURL(handed);
        legendUrl = URL.createObjectURL(await exportLegendPng(legendSections((k) => t(k)), 1500, 24));
        if (alive) setImage({ map: url, legend: legendUrl });
      } else if (loaded.map.people.length > 0) {
        const live = takePositions(accountId);
        const off = await offscreenMap(live ? { ...loaded.map, positions: live } : loaded.map, loaded.ranked);
        try {
          // Map without legend; the legend is drawn separately, large enough to read on paper.
          const png = await exportPng(off.cy, 2400, { header: null, legend: [], background: 'white' });
          const legendBlob = await exportLegendPng(legendSections((k) => t(k)), 1500, 24);
          url = URL.createObjectURL(png.blob);
          legendUrl = URL.createObjectURL(legendBlob);
          if (alive) setImage({ map: url, legend: legendUrl });
        } finally {
          off.destroy();
        }
      }
      if (alive) setStatus({ kind: 'info', text: t('brief.ready') });
    })().catch((err: unknown) => {
      if (!alive) return;
      const detail = err instanceof ExportError ? t(err.key) : t(toPayload(err).messageKey, toPayload(err).params ?? {});
      setStatus({ kind: 'error', text: t('brief.failed', { detail }) });
    });
    return () => {
      alive = false;
      if (url) URL.revokeObjectURL(url);
      if (legendUrl) URL.revokeObjectURL(legendUrl);
    };
    // The image's legend follows the language the brief was opened in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [accountId]);

  const ready = data !== null && laidOut && (image !== null || data.map.people.length === 0);

  const savePdf = async () => {
    if (!data) return;
    setBusy(true);
    try {
      const r = await call('savePagePdf', { suggestedName: `${t('brief.fileName', { name: data.map.account.name })} ${data.today}` });
      setStatus({ kind: 'info', text: r ? t('brief.pdfSaved', { path: r.path }) : t('brief.pdfCancelled') });
    } catch (err) {
      const p = toPayload(err);
      setStatus({ kind: 'error', text: t(p.messageKey, p.params ?? {}) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="brief theme-light" data-ready={ready ? 'true' : 'false'} aria-label={data ? t('brief.region', { name: data.map.account.name }) : undefined}>
      <div className="brief-bar no-print" role="toolbar" aria-label={t('brief.title')}>
        <button type="button" onClick={closeBrief}>
          ← {t('brief.back')}
        </button>
        <button type="button" className="primary" disabled={!ready || busy} onClick={() => void savePdf()}>
          {t('brief.savePdf')}
        </button>
        <span className={status?.kind === 'error' ? 'form-error' : 'muted'} role={status?.kind === 'error' ? 'alert' : 'status'}>
          {status?.text}
        </span>
      </div>
      {data ? <BriefPages data={data} image={image} language={language} onLaidOut={onLaidOut} /> : null}
    </main>
  );
}
