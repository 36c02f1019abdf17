// Coaching at the top of the People tab (DOMAIN.md §7): each warning the data supports, in the visit
// brief's words with its next step; people named in a warning are buttons that select them on the map.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import { focusPerson } from '../../graph/highlightFocus';
import { graph } from '../../graph/instance';
import { useSelection } from '../../stores/selection';
import type { Warning } from '../brief/warnings';
import { useTimeTravel } from '../timetravel/store';
import { useCoachingCollapsed } from './collapsed';
import { useCoaching } from './useCoaching';
import './coaching.css';

/** At most this many name buttons per list; the rest are counted. */
const MAX_NAMES = 6;
const mark = (param: string) => `\u0001${param}\u0001`;

function PersonButtons({ ids, map }: { ids: string[]; map: AccountMap }) {
  const { t } = useTranslation();
  const people = ids.map((id) => map.people.find((p) => p.id === id)).filter((p) => p !== undefined);
  const shown = people.slice(0, MAX_NAMES);
  return (
    <>
      {shown.map((p, i) => (
        <span key={p.id} className="coaching-name">
          <button
            type="button"
            className="coaching-person"
            title={t('coaching.show', { name: p.name })}
            onClick={() => {
              useSelection.getState().selectPerson(p.id);
              focusPerson(graph.instance, p.id);
            }}
          >
            {p.name}
          </button>
          {i < shown.length - 1 ? t('coaching.separator') : null}
        </span>
      ))}
      {people.length > shown.length ? <span className="coaching-more"> {t('coaching.more', { count: people.length - shown.length })}</span> : null}
    </>
  );
}

/** The brief's sentence with each marked name-list param replaced by buttons. */
function Sentence({ text, lists, map }: { text: string; lists: [string, string[]][]; map: AccountMap }) {
  if (lists.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  const pattern = new RegExp(`\u0001(${lists.map(([k]) => k).join('|')})\u0001`);
  let rest = text;
  for (let m = pattern.exec(rest); m; m = pattern.exec(rest)) {
    const param = m[1];
    parts.push(rest.slice(0, m.index));
    parts.push(<PersonButtons key={parts.length} ids={lists.find(([k]) => k === param)?.[1] ?? []} map={map} />);
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest);
  return <>{parts}</>;
}

function Item({ warning, map }: { warning: Warning; map: AccountMap }) {
  const { t } = useTranslation();
  // Only lists with someone still on the map become buttons; otherwise the brief's plain names stay.
  const lists = Object.entries(warning.people ?? {}).filter(([, ids]) => ids.some((id) => map.people.some((p) => p.id === id)));
  const marked = { ...warning.params, ...Object.fromEntries(lists.map(([k]) => [k, mark(k)])) };
  const key = `brief.warning.${warning.id}`;
  return (
    <li className="coaching-item" data-warning={warning.id}>
      <p className="coaching-what">
        <Sentence text={t(`${key}.text`, marked)} lists={lists} map={map} />
      </p>
      <p className="coaching-next">
        <Sentence text={t('brief.whatToDo', { text: t(`${key}.next`, marked) })} lists={lists} map={map} />
      </p>
    </li>
  );
}

/** Hidden while time travelling: the warnings (and their 30-day changes) are about today. */
export function CoachingCard({ map }: { map: AccountMap }) {
  const past = useTimeTravel((s) => s.map);
  return past ? null : <Card map={map} />;
}

function Card({ map }: { map: AccountMap }) {
  const { t } = useTranslation();
  const { warnings, ready } = useCoaching(map);
  const collapsed = useCoachingCollapsed((s) => s.collapsed);
  const toggle = useCoachingCollapsed((s) => s.toggle);
  if (map.people.length === 0) return null;
  const n = warnings.length;
  const count = !ready ? t('coaching.loading') : n === 0 ? t('coaching.none') : n === 1 ? t('coaching.countOne') : t('coaching.countMany', { count: n });
  return (
    <section className={`coaching-card${n === 0 && ready ? ' calm' : ''}`} aria-labelledby="coaching-title">
      <h2 className="coaching-head">
        <button type="button" aria-expanded={!collapsed} title={t(collapsed ? 'coaching.expand' : 'coaching.collapse')} onClick={toggle}>
          <span className="coaching-chevron" aria-hidden="true">{collapsed ? '▶' : '▼'}</span>
          <span id="coaching-title" className="coaching-title">{t('coaching.title')}</span>
          <span className="coaching-count">{count}</span>
        </button>
      </h2>
      {collapsed || !ready ? null : n === 0 ? (
        <p className="coaching-none">{t('brief.noWarnings')}</p>
      ) : (
        <ol className="coaching-list">
          {warnings.map((w) => (
            <Item key={w.id} warning={w} map={map} />
          ))}
        </ol>
      )}
    </section>
  );
}
