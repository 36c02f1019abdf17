// The selected person's relationships: list with remove buttons, and a form to add one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap, Person } from '../../../shared/domain/model';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { useMap } from '../../stores/map';
import { useUi } from '../../stores/ui';
import { AddRelationshipForm } from './AddRelationshipForm';
import { relationshipText } from './describeRelationship';

export function RelationshipsSection({ person, map }: { person: Person; map: AccountMap }) {
  const { t } = useTranslation();
  const deleteRelationship = useMap((s) => s.deleteRelationship);
  const notify = useUi((s) => s.notify);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = map.relationships.filter((r) => r.fromId === person.id || r.toId === person.id);

  const onRemove = async (id: string) => {
    try {
      await deleteRelationship(id);
      setError(null);
      notify({ kind: 'info', key: 'relationships.removed' });
    } catch (err) {
      setError(describeError(t, toPayload(err)).message);
    }
  };

  return (
    <section className="relationships" aria-labelledby="relationships-heading">
      <div className="section-head">
        <h3 id="relationships-heading">{t('relationships.heading')}</h3>
        {!adding ? (
          <button type="button" className="small" onClick={() => setAdding(true)}>
            + {t('relationships.add')}
          </button>
        ) : null}
      </div>
      {adding ? <AddRelationshipForm person={person} map={map} onDone={() => setAdding(false)} /> : null}
      {mine.length === 0 ? <p className="hint">{t('relationships.none')}</p> : null}
      <ul className="relationship-list" aria-label={t('relationships.heading')}>
        {mine.map((r) => {
          const text = relationshipText(t, r, person, map);
          return (
            <li key={r.id} className={`rel rel-${r.type}`}>
              <span className="rel-line" aria-hidden="true" />
              <span className="rel-text">{text}</span>
              <button type="button" className="small" aria-label={t('relationships.removeLabel', { text })} onClick={() => void onRemove(r.id)}>
                {t('relationships.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
