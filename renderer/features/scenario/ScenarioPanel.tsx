// The right panel during a scenario: the scenario's people, or a person as the scenario has them —
// their influence, their ways in, their fields disabled. Nothing here can be edited.
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import { selectPerson } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { PeopleList } from '../person/PeopleList';
import { PersonForm } from '../person/PersonForm';
import { InfluenceCard } from '../ranking/InfluenceCard';
import { WaysIn } from '../paths/WaysIn';
import './scenario.css';

export function ScenarioPanel({ map }: { map: AccountMap }) {
  const { t } = useTranslation();
  const personId = useSelection((s) => s.personId);
  const clear = useSelection((s) => s.clear);
  const person = selectPerson(map, personId);
  if (!person) {
    return <PeopleList map={map} />;
  }
  return (
    <section className="person-panel scenario-person" aria-label={person.name}>
      <button type="button" className="link back" onClick={clear}>
        ← {t('person.back')}
      </button>
      <h2 className="person-heading">
        <span>{person.name}</span>
        {person.isTopDecisionMaker ? <span className="tag tdm">{t('topDecisionMaker')}</span> : null}
      </h2>
      <p className="read-only-note" role="note">
        {t('scenario.readOnly')}
      </p>
      <InfluenceCard key={`influence:${person.id}`} person={person} map={map} />
      <WaysIn person={person} map={map} />
      <fieldset disabled>
        <PersonForm key={`scenario:${person.id}:${person.stance}`} person={person} />
      </fieldset>
    </section>
  );
}
