// The ranking tab: people by influence score, sortable and filterable; rows and the map select each other.
import { flexRender, useTable, type SortingState } from '@tanstack/react-table';
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUYING_ROLES, STANCES, type AccountMap, type BuyingRole, type Stance } from '../../../shared/domain/model';
import { focusPerson } from '../../graph/highlightFocus';
import { graph } from '../../graph/instance';
import { useSelection } from '../../stores/selection';
import { buildSearchIndex, personMatches } from '../search/matchPeople';
import { breakdownText } from './breakdown';
import { rankingColumns } from './columns';
import { todayOrLocal, useTrends } from '../timeline/trends';
import { influenceOf } from './influence';
import { usePanelTab } from './panelTab';
import { rankingFeatures } from './tableFeatures';
import './ranking.css';

/** Rows drawn at first; big accounts (2,000 people) draw more on request, so the tab opens instantly. */
const FIRST_ROWS = 150;

export function RankingView({ map }: { map: AccountMap }) {
  const { t, i18n } = useTranslation();
  const { ranked } = influenceOf(map);
  const today = todayOrLocal(useTrends((s) => s.today));
  const index = useMemo(() => new Map(buildSearchIndex(map.people).map((e) => [e.person.id, e])), [map.people]);
  const [text, setText] = useState('');
  const [stance, setStance] = useState<Stance | ''>('');
  const [role, setRole] = useState<BuyingRole | ''>('');
  const [sorting, setSorting] = useState<SortingState>([{ id: 'rank', desc: false }]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const selectedId = useSelection((s) => s.personId);
  const rows = useRef(new Map<string, HTMLTableRowElement>());
  const [limit, setLimit] = useState(FIRST_ROWS);

  const data = useMemo(
    () =>
      ranked.filter((r) => {
        if (stance && r.person.stance !== stance) return false;
        if (role && r.person.buyingRole !== role) return false;
        const entry = index.get(r.person.id);
        return !text.trim() || (entry ? personMatches(entry, text) : false);
      }),
    [ranked, index, text, stance, role],
  );
  const columns = useMemo(
    () =>
      rankingColumns({
        t,
        language: i18n.language,
        today,
        expanded,
        toggle: (id) =>
          setExpanded((prev) => {
            const next = new Set(prev);
            if (!next.delete(id)) next.add(id);
            return next;
          }),
      }),
    [t, i18n.language, today, expanded],
  );
  const table = useTable({
    features: rankingFeatures,
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
    getRowId: (r) => r.person.id,
  });

  const sortedRows = table.getRowModel().rows;
  // Always draw down to the selected person, so a selection on the map can scroll into view here.
  const selectedIndex = selectedId ? sortedRows.findIndex((row) => row.original.person.id === selectedId) : -1;
  const shownRows = sortedRows.slice(0, Math.max(limit, selectedIndex + 1));

  useEffect(() => {
    if (selectedId) rows.current.get(selectedId)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const choose = (personId: string) => {
    useSelection.getState().selectPerson(personId);
    focusPerson(graph.instance, personId);
  };

  return (
    <section className="ranking" aria-labelledby="ranking-heading">
      <h2 id="ranking-heading">{t('ranking.heading')}</h2>
      <p className="hint">{t('ranking.hint')}</p>
      <div className="ranking-filters">
        <input type="search" value={text} placeholder={t('ranking.filterPlaceholder')} aria-label={t('ranking.filter')} onChange={(e) => setText(e.target.value)} />
        <select aria-label={t('ranking.stanceFilter')} value={stance} onChange={(e) => setStance(e.target.value as Stance | '')}>
          <option value="">{t('ranking.allStances')}</option>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {t(`stance.${s}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('ranking.roleFilter')} value={role} onChange={(e) => setRole(e.target.value as BuyingRole | '')}>
          <option value="">{t('ranking.allRoles')}</option>
          {BUYING_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`buyingRole.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="muted ranking-count" role="status">
        {t('ranking.showing', { shown: data.length, total: ranked.length })}
      </p>
      <table className="ranking-table" aria-label={t('ranking.table')}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} className={`col-${header.id}`} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {shownRows.map((row) => {
            const r = row.original;
            const selected = r.person.id === selectedId;
            return (
              <Fragment key={row.id}>
                <tr
                  ref={(el) => {
                    if (el) rows.current.set(r.person.id, el);
                    else rows.current.delete(r.person.id);
                  }}
                  className={`rank-row${selected ? ' selected' : ''}${r.person.isTopDecisionMaker ? ' tdm' : ''}`}
                  aria-selected={selected}
                  data-person-id={r.person.id}
                  tabIndex={0}
                  onClick={() => choose(r.person.id)}
                  onDoubleClick={() => usePanelTab.getState().setTab('people')}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      choose(r.person.id);
                    }
                  }}
                >
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className={`col-${cell.column.id}`}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
                {expanded.has(r.person.id) ? (
                  <tr className="breakdown-row">
                    <td colSpan={row.getAllCells().length}>
                      <p className="breakdown">{breakdownText(t, r.influence)}</p>
                      <button
                        type="button"
                        className="link"
                        onClick={() => {
                          choose(r.person.id);
                          usePanelTab.getState().setTab('people');
                        }}
                      >
                        {t('ranking.openDetails', { name: r.person.name })} →
                      </button>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {shownRows.length < sortedRows.length ? (
        <button type="button" className="show-more" onClick={() => setLimit(sortedRows.length)}>
          {t('ranking.showAll', { count: sortedRows.length })}
        </button>
      ) : null}
      {data.length === 0 ? <p className="hint">{t('ranking.empty')}</p> : null}
    </section>
  );
}
