// The people of the open account as a list: a text alternative to the map and a way to select.
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/model';
import { STANCE_FILL } from '../../graph/palette';
import { useSelection } from '../../stores/selection';

export function PeopleList({ people }: { people: Person[] }) {
  const { t } = useTranslation();
  const selectPerson = useSelection((s) => s.selectPerson);
  const sorted = [...people].sort((a, b) => Number(b.isTopDecisionMaker) - Number(a.isTopDecisionMaker) || b.authority - a.authority || a.name.localeCompare(b.name));
  return (
    <section className="people">
      <h2>{t('person.listHeading')}</h2>
      <p className="hint">{t('person.selectHint')}</p>
      <ul className="people-list" aria-label={t('person.list')}>
        {sorted.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => selectPerson(p.id)}>
              <span className={`dot${p.stance === 'unknown' ? ' dashed' : ''}`} style={{ background: STANCE_FILL[p.stance] }} aria-hidden="true" />
              <span className="person-line">
                <span className="person-name">{p.name}</span>
                <span className="person-title">{[p.title, p.department].filter(Boolean).join(' · ')}</span>
              </span>
              <span className="person-tags">
                <span className="tag">{t(`stance.${p.stance}`)}</span>
                {p.isTopDecisionMaker ? <span className="tag tdm">{t('topDecisionMaker')}</span> : null}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
