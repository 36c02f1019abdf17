// The selected person: warnings, the edit form, their relationships, and delete.
import { useTranslation } from 'react-i18next';
import type { AccountMap, Person } from '../../../shared/domain/model';
import { useCommandDialogs } from '../../commands/dialogs';
import { useSelection } from '../../stores/selection';
import { RelationshipsSection } from '../relationships/RelationshipsSection';
import { PersonForm } from './PersonForm';
import { InfluenceCard } from '../ranking/InfluenceCard';
import { PersonVisits } from '../visits/PersonVisits';
import { WaysIn } from '../paths/WaysIn';
import { WhatIfMenu } from '../scenario/WhatIfMenu';

export function PersonPanel({ person, map }: { person: Person; map: AccountMap }) {
  const { t } = useTranslation();
  const clear = useSelection((s) => s.clear);
  // The confirmation is the app's one (commands/DeletePersonHost.tsx), also opened by the Delete key.
  const askDelete = () => useCommandDialogs.getState().set({ deletePersonId: person.id });

  return (
    <section className="person-panel" aria-label={t('person.editHeading', { name: person.name })}>
      <button type="button" className="link back" onClick={clear}>
        ← {t('person.back')}
      </button>
      <h2 className="person-heading">
        <span>{person.name}</span>
        {person.isTopDecisionMaker ? <span className="tag tdm">{t('topDecisionMaker')}</span> : null}
      </h2>
      {person.isTopDecisionMaker && !person.met ? (
        <p className="warning" role="note">
          {t('person.tdmNotMet', { name: person.name })}
        </p>
      ) : null}
      <InfluenceCard key={`influence:${person.id}`} person={person} map={map} />
      <WhatIfMenu person={person} map={map} />
      <WaysIn person={person} map={map} />
      <PersonVisits person={person} map={map} />
      <PersonForm key={`${person.id}:${person.updatedAt}`} person={person} />
      <RelationshipsSection person={person} map={map} />
      <div className="danger-zone">
        <button type="button" className="danger-text" onClick={askDelete}>
          {t('person.delete')}
        </button>
      </div>
    </section>
  );
}
