// The selected person: warnings, the edit form, their relationships, and delete.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap, Person } from '../../../shared/domain/model';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useMap } from '../../stores/map';
import { useSelection } from '../../stores/selection';
import { useUi } from '../../stores/ui';
import { RelationshipsSection } from '../relationships/RelationshipsSection';
import { PersonForm } from './PersonForm';
import { InfluenceCard } from '../ranking/InfluenceCard';
import { PersonVisits } from '../visits/PersonVisits';
import { WaysIn } from '../paths/WaysIn';
import { WhatIfMenu } from '../scenario/WhatIfMenu';

export function PersonPanel({ person, map }: { person: Person; map: AccountMap }) {
  const { t } = useTranslation();
  const clear = useSelection((s) => s.clear);
  const deletePerson = useMap((s) => s.deletePerson);
  const notify = useUi((s) => s.notify);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const linkCount = map.relationships.filter((r) => r.fromId === person.id || r.toId === person.id).length;

  const onDelete = async () => {
    try {
      await deletePerson(person.id);
      setConfirming(false);
      clear();
      notify({ kind: 'info', key: 'person.deleted', params: { name: person.name } });
    } catch (err) {
      setError(describeError(t, toPayload(err)).message);
    }
  };

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
        <button type="button" className="danger-text" onClick={() => setConfirming(true)}>
          {t('person.delete')}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('person.deleteTitle', { name: person.name })}
          body={t('person.deleteBody', { name: person.name, relationships: linkCount })}
          confirmLabel={t('person.deleteConfirm')}
          error={error}
          onCancel={() => { setConfirming(false); setError(null); }}
          onConfirm={() => void onDelete()}
        />
      ) : null}
    </section>
  );
}
