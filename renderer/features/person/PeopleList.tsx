// The people of the open account as a list: a text alternative to the map and a way to select.
// Highest influence first (the ranking's order), each with a quiet score. A big account shows its
// first rows and more on request: 20,000 rows cost the window seconds of layout on every open (the
// toolbar's search finds anyone).
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AccountMap, Person } from '../../../shared/domain/model';
import { STANCE_FILL } from '../../graph/palette';
import { useSelection } from '../../stores/selection';
import { influenceOf } from '../ranking/influence';
import { CoachingCard } from '../coaching/CoachingCard';
import { TopWaysIn } from '../paths/TopWaysIn';

/** Rows drawn at first, and added by each "Show more". */
export const PEOPLE_PAGE = 300;

/** Drawn again only when its map or visibility changes (kept hidden, with its last map, while a person is open). */
export const PeopleList = memo(function PeopleList({ map, hidden = false }: { map: AccountMap; hidden?: boolean }) {
  const { t, i18n } = useTranslation();
  const selectPerson = useSelection((s) => s.selectPerson);
  const { ranked } = influenceOf(map);
  // Another account starts again from its first rows.
  const [asked, setAsked] = useState({ accountId: map.account.id, limit: PEOPLE_PAGE });
  const limit = asked.accountId === map.account.id ? asked.limit : PEOPLE_PAGE;
  const shown = ranked.length > limit ? ranked.slice(0, limit) : ranked;
  const more = Math.min(PEOPLE_PAGE, ranked.length - shown.length);
  return (
    <section className="people" hidden={hidden}>
      {/* Only the rows stay while hidden: the cards would keep asking for coaching after every edit. */}
      {hidden ? null : <CoachingCard map={map} />}
      {hidden ? null : <TopWaysIn map={map} />}
      <h2>{t('person.listHeading')}</h2>
      <p className="hint">{t('person.selectHint')}</p>
      <ul className="people-list" aria-label={t('person.list')}>
        {shown.map(({ person, influence }) => (
          <PersonRow key={person.id} person={person} score={influence.score} t={t} onSelect={selectPerson} />
        ))}
      </ul>
      {more > 0 ? (
        <button type="button" className="show-more" onClick={() => setAsked({ accountId: map.account.id, limit: limit + PEOPLE_PAGE })}>
          {t('person.showMore', { count: more, shown: shown.length.toLocaleString(i18n.language), total: ranked.length.toLocaleString(i18n.language) })}
        </button>
      ) : null}
    </section>
  );
});

interface RowProps {
  person: Person;
  score: number;
  t: TFunction;
  onSelect(id: string): void;
}

// One row, redrawn only when its person, score or language changes: after an edit of one person the
// other rows are left alone (at 2,000 people, re-rendering them all delayed the map's restyle).
const PersonRow = memo(function PersonRow({ person: p, score, t, onSelect }: RowProps) {
  return (
    <li data-person-id={p.id}>
      <button type="button" onClick={() => onSelect(p.id)}>
        <span className={`dot${p.stance === 'unknown' ? ' dashed' : ''}`} style={{ background: STANCE_FILL[p.stance] }} aria-hidden="true" />
        <span className="person-line">
          <span className="person-head">
            <span className="person-name">{p.name}</span>
            <span className="person-score" title={t('person.listScore', { score })}>
              {score}
            </span>
          </span>
          <span className="person-title">{[p.title, p.department].filter(Boolean).join(' · ')}</span>
        </span>
        <span className="person-tags">
          <span className="tag">{t(`stance.${p.stance}`)}</span>
          {p.isTopDecisionMaker ? <span className="tag tdm">{t('topDecisionMaker')}</span> : null}
        </span>
      </button>
    </li>
  );
});
