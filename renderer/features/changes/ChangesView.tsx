// The "What changed" tab: two days (default: since the last visit, or 30 days back but not before the
// account's first day → today), who joined or left the support base,
// stance moves, people added or removed, the biggest score changes; the map outlines them.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultSince } from '../../../shared/coaching/since';
import type { Stance } from '../../../shared/domain/model';
import type { PersonMove } from '../../../shared/history/types';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { DateField } from '../../components/date/DateField';
import { isDay } from '../../components/date/dayText';
import { graph } from '../../graph/instance';
import { STANCE_FILL } from '../../graph/palette';
import { useDataVersion } from '../../stores/useDataVersion';
import { signed } from '../timeline/headline';
import { formatDay } from '../timeline/dates';
import { todayOrLocal, useTrends } from '../timeline/trends';
import { installChangedTestHook } from './changedTestHook';
import { changedIds, useChanges } from './store';
import { VisitChanges } from '../visits/VisitChanges';
import '../timeline/timeline.css';


function StanceTag({ stance }: { stance: Stance | null }) {
  const { t } = useTranslation();
  if (!stance) return <span className="tag muted">{t('changes.notOnMap')}</span>;
  return (
    <span className="tag stance-tag">
      <span className={`dot${stance === 'unknown' ? ' dashed' : ''}`} style={{ background: STANCE_FILL[stance] }} aria-hidden="true" />
      {t(`stance.${stance}`)}
    </span>
  );
}

function MoveList({ title, moves, id }: { title: string; moves: PersonMove[]; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="change-group">
      <h3 id={id}>
        {title} <span className="count">{moves.length}</span>
      </h3>
      {moves.length === 0 ? (
        <p className="muted small">{t('changes.none')}</p>
      ) : (
        <ul aria-labelledby={id} className="change-list">
          {moves.map((m) => (
            <li key={m.personId}>
              <span className="person-name">{m.name}</span>
              <span className="move">
                <StanceTag stance={m.from} /> → <StanceTag stance={m.to} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ChangesView({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const today = todayOrLocal(useTrends((s) => s.today));
  const data = useDataVersion(accountId);
  const { from: chosenFrom, to: chosenTo, result, error, base, setDays, load, loadBase } = useChanges();
  const to = chosenTo ?? today;
  const known = base && base.accountId === accountId ? base : null;
  const since = known ? defaultSince({ visits: known.visits, firstDay: known.firstDay, to }) : null;
  const from = chosenFrom ?? since?.day ?? null;

  useEffect(() => {
    void loadBase(accountId, today);
  }, [accountId, today, data, loadBase]);
  useEffect(() => {
    if (from) void load(accountId, from, to);
  }, [accountId, from, to, data, load]);

  const shown = result && from && result.accountId === accountId && result.from === from && result.to === to ? result : null;
  const sinceNote = chosenFrom === null && since && since.basis !== 'days' ? t(since.basis === 'lastVisit' ? 'changes.sinceVisit' : 'changes.sinceFirstDay', { date: formatDay(since.day, i18n.language) }) : null;
  const ids = useMemo(() => (shown ? changedIds(shown) : []), [shown]);

  // Outline the changed people while this tab is open; clear the outline when it closes.
  useEffect(() => {
    installChangedTestHook(graph);
    graph.highlightChanged(ids);
  }, [ids]);
  useEffect(() => () => graph.highlightChanged([]), []);

  const nothing = shown && ids.length === 0 && shown.removed.length === 0;

  return (
    <section className="changes" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('changes.heading')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="changes-from">{t('changes.from')}</label>
          <DateField id="changes-from" value={from ?? ''} max={to} onChange={(day) => isDay(day) && setDays(day, to)} />
        </div>
        <div className="field">
          <label htmlFor="changes-to">{t('changes.to')}</label>
          <DateField id="changes-to" value={to} max={today} onChange={(day) => isDay(day) && setDays(from, day)} />
        </div>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {describeError(t, toPayload(error)).message}
        </p>
      ) : !shown ? (
        <p className="muted">{t('changes.loading')}</p>
      ) : (
        <>
          {sinceNote ? <p className="muted small" data-testid="changes-since">{sinceNote}</p> : null}
          <p className="timeline-headline" data-testid="changes-summary">
            {t('changes.summary', { from: shown.supportBase.from, to: shown.supportBase.to, delta: signed(shown.supportBase.delta) })}
          </p>
          {nothing ? <p className="muted">{t('changes.nothing')}</p> : <p className="muted small">{t('changes.highlighted', { count: ids.length })}</p>}
          <MoveList id="changes-joined" title={t('changes.joined')} moves={shown.joined} />
          <MoveList id="changes-left" title={t('changes.left')} moves={shown.left} />
          <MoveList id="changes-moved" title={t('changes.moved')} moves={shown.stanceMoves} />
          <MoveList id="changes-added" title={t('changes.added')} moves={shown.added} />
          <MoveList id="changes-removed" title={t('changes.removed')} moves={shown.removed} />
          <div className="change-group">
            <h3 id="changes-scores">
              {t('changes.scores')} <span className="count">{shown.scoreChanges.length}</span>
            </h3>
            {shown.scoreChanges.length === 0 ? (
              <p className="muted small">{t('changes.none')}</p>
            ) : (
              <ul aria-labelledby="changes-scores" className="change-list">
                {shown.scoreChanges.map((s) => (
                  <li key={s.personId}>
                    <span className="person-name">{s.name}</span>
                    <span className="move">{t('changes.score', { from: Math.round(s.from), to: Math.round(s.to), delta: signed(Math.round(s.delta)) })}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          {shown.visits ? <VisitChanges changes={shown.visits} /> : null}
        </>
      )}
    </section>
  );
}
