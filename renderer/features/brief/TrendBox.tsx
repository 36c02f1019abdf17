// The brief's support-base section: the 90-day line with its summary, and who joined or left.
import { useTranslation } from 'react-i18next';
import { isInSupportBase } from '../../../shared/domain/model';
import { listNames } from '../../i18n/list';
import type { BriefData } from './loadBrief';
import type { SinceWords } from './sinceWords';
import { TrendChart } from './TrendChart';

export function TrendBox({ data, language, words }: { data: BriefData; language: string; words: SinceWords }) {
  const { t } = useTranslation();
  const { map, series, changes } = data;
  const total = map.people.length;
  const support = map.people.filter((p) => isInSupportBase(p.stance)).length;
  const { byDays, deltaText, sinceDate } = words;
  return (
    <section className="brief-trendbox" data-section="trend">
      <h2>{t('brief.trendHeading')}</h2>
      {series && series.points.length > 1 ? (
        <>
          <TrendChart points={series.points} label={t('brief.trendHeading')} />
          <p>{byDays ? t('brief.trendSummary', { count: support, total, delta: deltaText ?? '±0' }) : t('brief.trendSummarySince', { count: support, total, delta: deltaText ?? '±0', date: sinceDate })}</p>
        </>
      ) : (
        <p className="muted">{t('brief.trendNone')}</p>
      )}
      <h2>{words.movedHeading}</h2>
      {changes && (changes.joined.length > 0 || changes.left.length > 0) ? (
        <ul className="brief-moves">
          {changes.joined.length > 0 ? <li className="up">{t('brief.joined', { names: listNames(changes.joined.map((m) => m.name), language) })}</li> : null}
          {changes.left.length > 0 ? <li className="down">{t('brief.left', { names: listNames(changes.left.map((m) => m.name), language) })}</li> : null}
        </ul>
      ) : (
        <p className="muted">{byDays ? t('brief.noMoves') : t('brief.noMovesSince', { date: sinceDate })}</p>
      )}
    </section>
  );
}
