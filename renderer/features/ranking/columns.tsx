// Columns of the ranking table: rank, person (name over title), score (opens its breakdown), stance, role, met, last contact.
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { RankingFeatures } from './tableFeatures';
import type { TFunction } from 'i18next';
import { BUYING_ROLES, STANCES } from '../../../shared/domain/model';
import { unratedFields } from '../../../shared/domain/personDefaults';
import { compareNames, type RankedPerson } from '../../../shared/domain/ranking';
import { STANCE_FILL } from '../../graph/palette';
import { breakdownText } from './breakdown';

const col = createColumnHelper<RankingFeatures, RankedPerson>();

export interface ColumnContext {
  t: TFunction;
  expanded: ReadonlySet<string>;
  toggle(personId: string): void;
}

export function rankingColumns({ t, expanded, toggle }: ColumnContext): ColumnDef<RankingFeatures, RankedPerson>[] {
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
        </span>
      ),
    }),
    col.accessor((r) => BUYING_ROLES.indexOf(r.person.buyingRole), {
      id: 'role',
      header: () => t('ranking.columns.role'),
      sortDescFirst: false,
      cell: ({ row: { original: r } }) => t(`buyingRole.${r.person.buyingRole}`),
    }),
    col.accessor((r) => (r.person.met ? 1 : 0), {
      id: 'met',
      header: () => t('ranking.columns.met'),
      cell: ({ row: { original: r } }) =>
        r.person.met ? (
          <span className="met yes">✓ {t('ranking.met')}</span>
        ) : (
          <span className={`met no${r.person.isTopDecisionMaker ? ' urgent' : ''}`}>{t('ranking.notMet')}</span>
        ),
    }),
    col.accessor((r) => r.person.lastContact ?? undefined, {
      id: 'lastContact',
      header: () => t('ranking.columns.lastContact'),
      sortUndefined: 'last',
      cell: ({ row: { original: r } }) => r.person.lastContact ?? t('ranking.never'),
    }),
  ]) as ColumnDef<RankingFeatures, RankedPerson>[];
}

/** "not rated: authority, access to top" under the title, when the rep has not given some ratings yet. */
function NotRated({ t, person }: { t: TFunction; person: RankedPerson['person'] }) {
  const fields = unratedFields(person).map((f) => t(`ranking.part.${f === 'accessToTop' ? 'access' : f}`));
  if (fields.length === 0) return null;
  return <span className="rank-unrated">{t('ranking.notRatedTag', { fields: fields.join(t('ranking.separator')) })}</span>;
}
