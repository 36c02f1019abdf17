// The visit brief: a full-window, printable page of the app (A4 landscape, two pages) that the
// platform prints to PDF — the map, who matters most, the support-base trend, warnings and next steps.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isInSupportBase } from '../../../shared/domain/model';
import { call, toPayload } from '../../api/client';
import { legendSections } from '../../graph/exportLegend';
import { offscreenMap } from '../../graph/exportOffscreen';
import { ExportError, exportLegendPng, exportPng } from '../../graph/exportPng';
import { useUi } from '../../stores/ui';
import { formatDay } from '../export/content';
import { loadBrief, type BriefData } from './loadBrief';
import { takePositions } from './handoff';
import { closeBrief } from './route';
import { TopPeople } from './TopPeople';
import { TrendChart } from './TrendChart';
import { BriefWarnings } from './BriefWarnings';
import { shortDay } from '../coaching/warningWords';
import { sinceSentence } from './sinceSentence';
import './brief.css';
import { PlanSections } from '../plan/PlanSections';
import { costText } from '../cost/costText';
import { listNames } from '../../i18n/list';

const TOP = 10;
/** With the visit plan above, page 1 keeps room for fewer people. */
const TOP_WITH_PLAN = 5;

type Status = { kind: 'info' | 'error'; text: string } | null;

export function BriefView({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const language = useUi((s) => s.language);
  const [data, setData] = useState<BriefData | null>(null);
  const [image, setImage] = useState<{ map: string; legend: string } | null>(null);
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
      if (loaded.map.people.length > 0) {
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

  const ready = data !== null && (image !== null || data.map.people.length === 0);

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
      {data ? <BriefPages data={data} image={image} language={language} /> : null}
    </main>
  );
}

function BriefPages({ data, image, language }: { data: BriefData; image: { map: string; legend: string } | null; language: string }) {
  const { t } = useTranslation();
  const { map, ranked, series, changes, since, sinceVisit, coaching, plan, cost, today } = data;
  const total = map.people.length;
  const support = map.people.filter((p) => isInSupportBase(p.stance)).length;
  const delta = changes ? changes.supportBase.delta : null;
  const deltaText = delta === null ? null : `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${Math.abs(delta)}`;
  // The changes start at the last visit, or the account's first day, or 30 days back.
  const sinceDate = shortDay(since.day, language, today);
  const byDays = since.basis === 'days';
  const deltaLabel = (d: string) => (byDays ? t('brief.delta30', { delta: d }) : t('brief.deltaSince', { delta: d, date: sinceDate }));
  const movedHeading = byDays ? t('brief.moved') : since.basis === 'lastVisit' ? t('brief.movedSinceVisit', { date: sinceDate }) : t('brief.movedSinceFirstDay', { date: sinceDate });
  const top = ranked.slice(0, TOP);
  const head = (
    <header className="brief-head">
      <h1>{map.account.name}</h1>
      <p>
        {[
          t('brief.subtitle', { date: formatDay(today, language) }),
          t('brief.stageLabel', { stage: t(`brief.stage.${map.account.stage}`) }),
          t('brief.people', { count: total }),
          `${t('brief.supportBase', { count: support, total })}${deltaText ? ` (${deltaLabel(deltaText)})` : ''}`,
        ].join('  ·  ')}
      </p>
      {sinceVisit ? (
        <p className="brief-since" data-testid="brief-since">
          {sinceSentence(sinceVisit, t, language, today)}
        </p>
      ) : null}
      {cost && (cost.visits > 0 || cost.purchases) ? (
        <p className="brief-cost" data-testid="brief-cost">
          {costText(t, cost, language)}
        </p>
      ) : null}
    </header>
  );
  return (
    <>
      <section className={`brief-page${plan ? ' with-plan' : ''}`}>
        {head}
        {plan ? (
          <section className="brief-plan" data-testid="brief-plan">
            <h2>{t('plan.briefHeading')}</h2>
            <PlanSections plan={plan} />
          </section>
        ) : null}
        <div className="brief-cols">
          <figure className="brief-map">
            <figcaption>{t('brief.mapHeading')}</figcaption>
            {image ? (
              <>
                <img className="map-image" src={image.map} alt={t('brief.mapHeading')} />
                <img className="legend-image" src={image.legend} alt={t('map.legend.heading')} />
              </>
            ) : null}
          </figure>
          <div className="brief-side">
            <h2>{t('brief.topHeading', { count: plan ? Math.min(top.length, TOP_WITH_PLAN) : top.length })}</h2>
            <TopPeople ranked={plan ? top.slice(0, TOP_WITH_PLAN) : top} />
          </div>
        </div>
      </section>
      <section className="brief-page">
        {head}
        <div className="brief-cols">
          <div className="brief-trendbox">
            <h2>{t('brief.trendHeading')}</h2>
            {series && series.points.length > 1 ? (
              <>
                <TrendChart points={series.points} label={t('brief.trendHeading')} />
                <p>{byDays ? t('brief.trendSummary', { count: support, total, delta: deltaText ?? '±0' }) : t('brief.trendSummarySince', { count: support, total, delta: deltaText ?? '±0', date: sinceDate })}</p>
              </>
            ) : (
              <p className="muted">{t('brief.trendNone')}</p>
            )}
            <h2>{movedHeading}</h2>
            {changes && (changes.joined.length > 0 || changes.left.length > 0) ? (
              <ul className="brief-moves">
                {changes.joined.length > 0 ? <li className="up">{t('brief.joined', { names: listNames(changes.joined.map((m) => m.name), language) })}</li> : null}
                {changes.left.length > 0 ? <li className="down">{t('brief.left', { names: listNames(changes.left.map((m) => m.name), language) })}</li> : null}
              </ul>
            ) : (
              <p className="muted">{byDays ? t('brief.noMoves') : t('brief.noMovesSince', { date: sinceDate })}</p>
            )}
          </div>
          <BriefWarnings coaching={coaching} map={map} />
        </div>
      </section>
    </>
  );
}
