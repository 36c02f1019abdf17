// Add a relationship from the selected person to another: type, other person (a combobox searching
// name, title or pinyin: "wl" → 王丽), strength for influences.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap, Person, RelationshipType } from '../../../shared/domain/model';
import { DEFAULT_INFLUENCE_STRENGTH } from '../../../shared/domain/relationshipRules';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { useMap } from '../../stores/map';
import { useUi } from '../../stores/ui';
import { OtherPersonPicker } from './OtherPersonPicker';
import { RelationshipKindFields } from './RelationshipKindFields';

export function AddRelationshipForm({ person, map, onDone }: { person: Person; map: AccountMap; onDone(): void }) {
  const { t } = useTranslation();
  const base = useId();
  const createRelationship = useMap((s) => s.createRelationship);
  const notify = useUi((s) => s.notify);
  const [type, setType] = useState<RelationshipType>('reports-to');
  const [otherId, setOtherId] = useState('');
  const [strength, setStrength] = useState(DEFAULT_INFLUENCE_STRENGTH);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!otherId) {
      setError(t('relationships.chooseFirst'));
      return;
    }
    try {
      await createRelationship({ fromId: person.id, toId: otherId, type, strength: type === 'influences' ? strength : null });
      notify({ kind: 'info', key: 'relationships.added' });
      onDone();
    } catch (err) {
      setError(describeError(t, toPayload(err)).message);
    }
  };

  return (
    <form className="add-relationship" onSubmit={onSubmit} aria-label={t('relationships.addHeading', { name: person.name })}>
      <p className="muted">{person.name}</p>
      <RelationshipKindFields idBase={base} type={type} onType={setType} strength={strength} onStrength={setStrength}>
        <div className="field">
          <label htmlFor={`${base}-other`}>{t('relationships.other')}</label>
          {/* The person themself stays in the list: the service explains why a self-link is refused. */}
          <OtherPersonPicker
            id={`${base}-other`}
            people={map.people}
            listWhenEmpty
            onChange={(p) => {
              setOtherId(p?.id ?? '');
              if (p) setError(null);
            }}
          />
        </div>
      </RelationshipKindFields>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('relationships.create')}
        </button>
        <button type="button" onClick={onDone}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
