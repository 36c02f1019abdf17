// The right panel while viewing the past: the people of that day, and a person's fields as recorded
// then, all disabled — the past cannot be edited.
import { useTranslation } from 'react-i18next';
import type { AccountMapAsOf } from '../../../shared/history/types';
import { selectPerson } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { PeopleList } from '../person/PeopleList';
import { PersonForm } from '../person/PersonForm';
import { formatDay } from '../timeline/dates';
import './timetravel.css';

export function PastPeoplePanel({ map }: { map: AccountMapAsOf }) {
  const { t, i18n } = useTranslation();
  const personId = useSelection((s) => s.personId);
  const clear = useSelection((s) => s.clear);
  const person = selectPerson(map, personId);
  const day = formatDay(map.day, i18n.language);
  if (!person) return <PeopleList map={map} />;
  return (
    <section className="person-panel past-person" aria-label={t('timetravel.readOnly', { day })}>
      <button type="button" className="link back" onClick={clear}>
        ← {t('person.back')}
      </button>
      <h2 className="person-heading">
        <span>{person.name}</span>
        {person.isTopDecisionMaker ? <span className="tag tdm">{t('topDecisionMaker')}</span> : null}
      </h2>
      <p className="read-only-note" role="note">
        <strong>{t('timetravel.readOnly', { day })}</strong>
        <br />
        {t('timetravel.readOnlyHint')}
      </p>
      <fieldset disabled>
        <PersonForm key={`${map.day}:${person.id}`} person={person} />
      </fieldset>
    </section>
  );
}
