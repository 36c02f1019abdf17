// Coaching at the top of the People tab (shared/coaching/README.md): the stage's focus, then each warning
// getCoaching raises, in the visit brief's words with its next step; named people are buttons that select them.
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import { focusPerson } from '../../graph/highlightFocus';
import { graph } from '../../graph/instance';
import { listSeparator } from '../../i18n/list';
import { useSelection } from '../../stores/selection';
import type { Coaching, Warning } from '../../../shared/coaching/types';
import { useTimeTravel } from '../timetravel/store';
import { useCoachingCollapsed } from './collapsed';
import { StageFocusLine } from './StageFocusLine';
import { useCoaching } from './useCoaching';
import { MAX_NAMES, warningKeys, warningParams } from './warningWords';
import './coaching.css';

const mark = (param: string) => `\u0001${param}\u0001`;

function PersonButtons({ ids, map }: { ids: string[]; map: AccountMap }) {
  const { t, i18n } = useTranslation();
  const people = ids.map((id) => map.people.find((p) => p.id === id)).filter((p) => p !== undefined);
  const shown = people.slice(0, MAX_NAMES);
  // The separator's mark stays with the name before it; its space (English ", ") is where a line may break.
  const separator = listSeparator(i18n.language);
  const sepMark = separator.trimEnd();
  const sepGap = separator.slice(sepMark.length);
  return (
    <>
      {shown.map((p, i) => (
        <Fragment key={p.id}>
          <span className="coaching-name">
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
            {i < shown.length - 1 ? sepMark : null}
          </span>
          {i < shown.length - 1 ? sepGap : null}
        </Fragment>
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

function Item({ warning, map, day }: { warning: Warning; map: AccountMap; day: string }) {
  const { t, i18n } = useTranslation();
  // Only lists with someone still on the map become buttons; otherwise the brief's plain names stay.
  const lists = Object.entries(warning.people ?? {}).filter(([, ids]) => ids.some((id) => map.people.some((p) => p.id === id)));
  const marked = { ...warningParams(warning, map, t, i18n.language, day), ...Object.fromEntries(lists.map(([k]) => [k, mark(k)])) };
  const key = warningKeys(warning);
  return (
    <li className="coaching-item" data-warning={warning.id}>
      <p className="coaching-what">
        <Sentence text={t(key.text, marked)} lists={lists} map={map} />
      </p>
      <p className="coaching-next">
        <Sentence text={t('brief.whatToDo', { text: t(key.next, marked) })} lists={lists} map={map} />
      </p>
    </li>
  );
}

/** Hidden while time travelling: this card is about today (getCoaching's asOf serves past days). */
export function CoachingCard({ map }: { map: AccountMap }) {
  const past = useTimeTravel((s) => s.map);
  return past ? null : <Card map={map} />;
}

function Card({ map }: { map: AccountMap }) {
  const { t } = useTranslation();
  const { coaching, ready } = useCoaching(map);
  const warnings: Coaching['warnings'] = coaching?.warnings ?? [];
  const collapsed = useCoachingCollapsed((s) => s.collapsed);
  const toggle = useCoachingCollapsed((s) => s.toggle);
  if (map.people.length === 0) return null;
  const n = warnings.length;
  const count = !ready ? t('coaching.loading') : !coaching ? t('coaching.failed') : n === 0 ? t('coaching.none') : n === 1 ? t('coaching.countOne') : t('coaching.countMany', { count: n });
  return (
    <section className={`coaching-card${n === 0 && coaching ? ' calm' : ''}`} aria-labelledby="coaching-title">
      <h2 className="coaching-head">
        <button type="button" aria-expanded={!collapsed} title={t(collapsed ? 'coaching.expand' : 'coaching.collapse')} onClick={toggle}>
          <span className="coaching-chevron" aria-hidden="true">{collapsed ? '▶' : '▼'}</span>
          <span id="coaching-title" className="coaching-title">{t('coaching.title')}</span>
          <span className="coaching-count">{count}</span>
        </button>
      </h2>
      {collapsed || !coaching ? null : <StageFocusLine stage={coaching.stage} focus={coaching.focus} />}
      {collapsed || !coaching ? null : n === 0 ? (
        <p className="coaching-none">{t('brief.noWarnings')}</p>
      ) : (
        <ol className="coaching-list">
          {warnings.map((w) => (
            <Item key={w.id} warning={w} map={map} day={coaching.day} />
          ))}
        </ol>
      )}
    </section>
  );
}
