// Columns of the ranking table: rank, person (name over title), score (opens its breakdown), stance, role, contact (met, last contact).
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { RankingFeatures } from './tableFeatures';
import type { TFunction } from 'i18next';
import { BUYING_ROLES, STANCES } from '../../../shared/domain/model';
import { unratedFields } from '../../../shared/domain/personDefaults';
import { compareNames, type RankedPerson } from '../../../shared/domain/ranking';
import { STANCE_FILL } from '../../graph/palette';
import { breakdownText } from './breakdown';
import { formatDay } from '../timeline/dates';
import { dayLocale } from '../../components/date/dayText';

const col = createColumnHelper<RankingFeatures, RankedPerson>();

export interface ColumnContext {
  t: TFunction;
  expanded: ReadonlySet<string>;
  toggle(personId: string): void;
  language: string;
  /** The service's today (YYYY-MM-DD): a last contact in its year is written without the year. */
  today: string;
}

export function rankingColumns({ t, expanded, toggle, language, today }: ColumnContext): ColumnDef<RankingFeatures, RankedPerson>[] {
  return col.columns([
    col.accessor('rank', { id: 'rank', header: () => t('ranking.columns.rank'), cell: (c) => c.getValue(), sortDescFirst: false }),
    col.accessor((r) => r.person.name, {
      id: 'person',
      header: () => t('ranking.columns.person'),
      sortFn: (a, b) => compareNames(a.original.person.name, b.original.person.name),
      sortDescFirst: false,
      cell: ({ row: { original: r } }) => (
        <span className="rank-person">
          <span className="rank-name">{r.person.name}</span>
          {r.person.isTopDecisionMaker ? <span className="tag tdm">{t('topDecisionMaker')}</span> : null}
          {r.person.title ? <span className="rank-title">{r.person.title}</span> : null}
          <NotRated t={t} person={r.person} />
        </span>
      ),
    }),
    col.accessor((r) => r.influence.score, {
      id: 'score',
      header: () => t('ranking.columns.score'),
      sortDescFirst: true,
      cell: ({ row: { original: r } }) => {
        const open = expanded.has(r.person.id);
        return (
          <button
            type="button"
            className={`score-button${r.influence.pinned ? ' pinned' : ''}`}
            aria-expanded={open}
            aria-label={t('ranking.explain', { name: r.person.name, score: r.influence.score })}
            title={breakdownText(t, r.influence)}
            onClick={(e) => {
              e.stopPropagation();
              toggle(r.person.id);
            }}
          >
            <span className="score-bar" style={{ width: `${r.influence.score}%` }} aria-hidden="true" />
            <span className="score-value">{r.influence.score}</span>
            {r.influence.pinned ? <span className="pin" aria-hidden="true">📌</span> : null}
            <span className="caret" aria-hidden="true">{open ? '▼' : '▶'}</span>
          </button>
        );
      },
    }),
    col.accessor((r) => STANCES.indexOf(r.person.stance), {
      id: 'stance',
      header: () => t('ranking.columns.stance'),
      sortDescFirst: false,
      cell: ({ row: { original: r } }) => (
        <span className="stance-chip">
          <span className={`dot${r.person.stance === 'unknown' ? ' dashed' : ''}`} style={{ background: STANCE_FILL[r.person.stance] }} aria-hidden="true" />
          {t(`stance.${r.person.stance}`)}
          {/* Shown (and read) under the stance instead of its own column when the panel is narrow (ranking.css). */}
          <span className="stance-role">
            {t(`buyingRole.${r.person.buyingRole}`)}
          </span>
        </span>
      ),
    }),
    col.accessor((r) => BUYING_ROLES.indexOf(r.person.buyingRole), {
      id: 'role',
      header: () => t('ranking.columns.role'),
      sortDescFirst: false,
      cell: ({ row: { original: r } }) => t(`buyingRole.${r.person.buyingRole}`),
    }),
    // Met and last contact share one column, so the table fits the panel at 1024 px in both languages.
    col.accessor((r) => `${r.person.met ? 1 : 0}${r.person.lastContact ?? ''}`, {
      id: 'contact',
      header: () => t('ranking.columns.contact'),
      sortDescFirst: true,
      cell: ({ row: { original: r } }) => <Contact t={t} language={language} today={today} person={r.person} />,
    }),
  ]) as ColumnDef<RankingFeatures, RankedPerson>[];
}

/** "not rated: authority, access to top" under the title, when the rep has not given some ratings yet. */
function NotRated({ t, person }: { t: TFunction; person: RankedPerson['person'] }) {
  const fields = unratedFields(person).map((f) => t(`ranking.part.${f === 'accessToTop' ? 'access' : f}`));
  if (fields.length === 0) return null;
  return <span className="rank-unrated">{t('ranking.notRatedTag', { fields: fields.join(t('ranking.separator')) })}</span>;
}

/** "✓ 19 Nov" when met (the year only when it is not this year), "Not met" (marked for the top decision-maker) over the last contact. */
function Contact({ t, language, today, person }: { t: TFunction; language: string; today: string; person: RankedPerson['person'] }) {
  const day = person.lastContact;
  const thisYear = day?.slice(0, 4) === today.slice(0, 4);
  const locale = dayLocale(language);
  const when = day ? formatDay(day, locale, thisYear) : null;
  return (
    <span className="contact" title={day ? `${person.met ? t('ranking.met') : t('ranking.notMet')} · ${t('ranking.lastContact', { day: formatDay(day, locale) })}` : undefined}>
      {person.met ? (
        <span className="met yes">
          <span aria-hidden="true">✓</span>
          {/* With a day the check mark says "met" (in words for screen readers); without one, the word shows. */}
          <span className={when ? 'quiet-label' : undefined}>{t('ranking.met')}</span>
        </span>
      ) : (
        <span className={`met no${person.isTopDecisionMaker ? ' urgent' : ''}`}>{t('ranking.notMet')}</span>
      )}
      {when ? <span className="contact-day">{when}</span> : null}
    </span>
  );
}
