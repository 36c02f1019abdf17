// The visit brief: a full-window, printable page of the app (A4 landscape: one sheet when the data
// fits, else full pages; see BriefPages) that the platform prints to PDF — the map, who matters
// most, the support-base trend, warnings and next steps.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toPayload } from '../../api/client';
import { ExportError } from '../../graph/exportPng';
import { useUi } from '../../stores/ui';
import { loadBrief, type BriefData } from './loadBrief';
import { briefMap, releaseBriefMap, type BriefMap } from './briefMap';
import { closeBrief } from './route';
import { BriefPages } from './BriefPages';
import './brief.css';

type Status = { kind: 'info' | 'error'; text: string } | null;

export function BriefView({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const language = useUi((s) => s.language);
  const [data, setData] = useState<BriefData | null>(null);
  const [picture, setPicture] = useState<BriefMap | null>(null);
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
    let made: BriefMap | null = null;
    (async () => {
      const loaded = await loadBrief(accountId);
      if (!alive) return;
      setData(loaded);
      made = await briefMap(accountId, loaded, t);
      if (!alive) return releaseBriefMap(made);
      setPicture(made);
      setStatus({ kind: 'info', text: t('brief.ready') });
    })().catch((err: unknown) => {
      if (!alive) return;
      const detail = err instanceof ExportError ? t(err.key, err.params) : t(toPayload(err).messageKey, toPayload(err).params ?? {});
      setStatus({ kind: 'error', text: t('brief.failed', { detail }) });
    });
    return () => {
      alive = false;
      releaseBriefMap(made);
    };
    // The image's legend follows the language the brief was opened in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [accountId]);

  const ready = data !== null && laidOut && (picture !== null || data.map.people.length === 0);

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
      {data ? <BriefPages data={data} picture={picture} language={language} onLaidOut={onLaidOut} /> : null}
    </main>
  );
}
