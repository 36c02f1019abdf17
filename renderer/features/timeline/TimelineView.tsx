// The "Support over time" tab: a plain-words headline, the stacked chart with ranges, the changes in
// range as a list (the chart's text alternative), and the named snapshots.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/history/types';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { useMap } from '../../stores/map';
import { useDataVersion } from '../../stores/useDataVersion';
import { SnapshotsSection } from '../snapshots/SnapshotsSection';
import { useSnapshots } from '../snapshots/store';
import { useTimeTravel } from '../timetravel/store';
import { timelineOption } from './chartOption';
import { formatDay } from './dates';
import { HEADLINE_DAYS, headlineOf, pointsInRange, RANGES, signed } from './headline';
import { useTimeline } from './store';
import { TimelineChart } from './TimelineChart';
import { chartWords, eventText } from './words';
import { eventMarkWords, visitMarks } from './visitMarks';
import { useVisits, visitsOf } from '../visits/store';
import './timeline.css';

const LIST_MAX = 12;
const NO_SNAPSHOTS: Snapshot[] = [];

export function TimelineView({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const live = useMap((s) => s.map);
  const data = useDataVersion(accountId);
  const { series, error, range, setRange, load } = useTimeline();
  const visit = useTimeTravel((s) => s.visit);

  // Reload when the account's data changes: an edit today is a point on the chart.
  useEffect(() => {
    void load(accountId);
  }, [accountId, data, load]);

  const shown = useMemo(() => (series && series.accountId === accountId ? series : null), [series, accountId]);
  const points = useMemo(() => (shown ? pointsInRange(shown.points, range) : []), [shown, range]);
  const snapshots = useSnapshots((s) => (s.accountId === accountId ? s.list : NO_SNAPSHOTS));
  const visits = useVisits((s) => visitsOf(s, accountId));
  const marks = useMemo(() => (visits && live ? visitMarks(t, visits, new Map(live.people.map((p) => [p.id, p.name])), lang) : []), [visits, live, t, lang]);
  const option = useMemo(() => timelineOption(points, chartWords(t, lang), snapshots, { words: eventMarkWords(t), marks }), [points, t, lang, snapshots, marks]);
  const headline = shown ? headlineOf(shown) : null;
  const events = useMemo(
    () => points.flatMap((p) => p.events.map((e, i) => ({ key: `${p.day}-${i}`, day: p.day, e }))).reverse(),
    [points],
  );

  if (error) return <p className="field-error" role="alert">{describeError(t, toPayload(error)).message}</p>;
  if (!shown) return <p className="muted">{t('timeline.loading')}</p>;
  const first = points[0];
  const last = points[points.length - 1];

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      {headline ? (
        <>
          <p className="timeline-headline" data-testid="timeline-headline">
            {headline.delta === 0
              ? t('timeline.headlineFlat', { base: headline.supportBase, people: headline.people, days: HEADLINE_DAYS })
              : t('timeline.headline', { base: headline.supportBase, people: headline.people, delta: signed(headline.delta), days: HEADLINE_DAYS })}
          </p>
          <p className="muted timeline-subline">
            {t('timeline.subline', { allies: headline.allies, net: headline.netSupport === null ? t('timeline.notAssessed') : signed(Math.round(headline.netSupport)) })}
          </p>
        </>
      ) : (
        <p className="muted">{t('timeline.noHistory')}</p>
      )}
      <div className="segmented" role="group" aria-label={t('timeline.ranges')}>
        {RANGES.map((r) => (
          <button key={r} type="button" aria-pressed={range === r} className={range === r ? 'active' : ''} onClick={() => setRange(r)}>
            {t(`timeline.range.${r}`)}
          </button>
        ))}
      </div>
      {first && last ? (
        <TimelineChart option={option} label={t('timeline.chart', { from: formatDay(first.day, lang), to: formatDay(last.day, lang) })} />
      ) : null}
      <h3>{t('timeline.recent')}</h3>
      {events.length === 0 ? (
        <p className="muted">{t('timeline.noEvents')}</p>
      ) : (
        <ul className="timeline-events" aria-label={t('timeline.recent')}>
          {events.slice(0, LIST_MAX).map(({ key, day, e }) => (
            <li key={key}>
              <button
                type="button"
                className="link event-day"
                title={t('timeline.viewDay', { day: formatDay(day, lang) })}
                aria-label={t('timeline.viewDay', { day: formatDay(day, lang) })}
                onClick={() => void visit(accountId, day)}
              >
                {formatDay(day, lang, true)}
              </button>
              <span>{eventText(t, e)}</span>
            </li>
          ))}
        </ul>
      )}
      {events.length > LIST_MAX ? <p className="muted small">{t('timeline.more', { count: events.length - LIST_MAX })}</p> : null}
      <SnapshotsSection accountId={accountId} />
    </section>
  );
}
