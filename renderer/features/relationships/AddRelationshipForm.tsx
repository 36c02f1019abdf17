// Add a relationship from the selected person to another: type, other person (a combobox searching
// name, title or pinyin: "wl" → 王丽), strength for influences.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RELATIONSHIP_TYPES, type AccountMap, type Person, type RelationshipType } from '../../../shared/domain/model';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { Combobox } from '../../components/Combobox';
import { buildSearchIndex, matchPeople } from '../search/matchPeople';
import { PersonOption } from '../search/PersonOption';
import { useMap } from '../../stores/map';
import { useUi } from '../../stores/ui';

export function AddRelationshipForm({ person, map, onDone }: { person: Person; map: AccountMap; onDone(): void }) {
  const { t } = useTranslation();
  const base = useId();
  const createRelationship = useMap((s) => s.createRelationship);
  const notify = useUi((s) => s.notify);
  const [type, setType] = useState<RelationshipType>('reports-to');
  const [otherId, setOtherId] = useState('');
  const [strength, setStrength] = useState(2);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  // The person themself stays in the list: the service explains why a self-link is refused.
  const everyone = useMemo(() => [...map.people].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')), [map.people]);
  const index = useMemo(() => buildSearchIndex(everyone), [everyone]);
  const found = query.trim() ? matchPeople(index, query, 20).map((h) => h.person) : everyone;

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
      <div className="field">
        <label htmlFor={`${base}-type`}>{t('relationships.type')}</label>
        <select id={`${base}-type`} value={type} onChange={(e) => setType(e.target.value as RelationshipType)}>
          {RELATIONSHIP_TYPES.map((r) => (
            <option key={r} value={r}>
              {t(`relationships.verbs.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${base}-other`}>{t('relationships.other')}</label>
        <Combobox
          id={`${base}-other`}
          listLabel={t('relationships.otherResults')}
          placeholder={t('relationships.choose')}
          value={query}
          onValueChange={(v) => {
            setQuery(v);
            setOtherId('');
          }}
          items={found}
          itemKey={(p: Person) => p.id}
          renderItem={(p) => <PersonOption person={p} />}
          onChoose={(p) => {
            setOtherId(p.id);
            setQuery(p.name);
            setError(null);
          }}
          noneText={t('relationships.otherNone', { query: query.trim() })}
          listWhenEmpty
        />
      </div>
      {type === 'influences' ? (
        <div className="field">
          <label htmlFor={`${base}-strength`}>{t('relationships.strength')}</label>
          <select id={`${base}-strength`} value={strength} onChange={(e) => setStrength(Number(e.target.value))}>
            {[1, 2, 3].map((s) => (
              <option key={s} value={s}>
                {t(`relationships.strengths.${s}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
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
