// The in-place relationship form, beside the person a line was dropped on (or the person whose menu
// chose "Add relationship…", then with the other person to pick): type, strength for influences.
// Escape or Cancel creates nothing; the service's relationship rules answer with their own message.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RELATIONSHIP_TYPES, type AccountMap, type Person, type RelationshipType } from '../../../shared/domain/model';
import { DEFAULT_INFLUENCE_STRENGTH } from '../../../shared/domain/relationshipRules';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { Combobox } from '../../components/Combobox';
import { useMap } from '../../stores/map';
import { useUi } from '../../stores/ui';
import { buildSearchIndex, matchPeople } from '../search/matchPeople';
import { PersonOption } from '../search/PersonOption';
import { useMapEdit } from './store';
import { useAnchored } from './useAnchored';

export function ConnectPopover({ map, boundary }: { map: AccountMap; boundary: Element | null }) {
  const connect = useMapEdit((s) => s.connect);
  const from = connect ? map.people.find((p) => p.id === connect.fromId) : undefined;
  if (!connect || !from) return null;
  const to = connect.toId ? (map.people.find((p) => p.id === connect.toId) ?? null) : null;
  return <ConnectForm key={`${from.id}:${connect.toId ?? ''}`} map={map} from={from} to={to} box={connect.box} boundary={boundary} />;
}

interface FormProps {
  map: AccountMap;
  from: Person;
  to: Person | null;
  box: NonNullable<ReturnType<typeof useMapEdit.getState>['connect']>['box'];
  boundary: Element | null;
}

function ConnectForm({ map, from, to, box, boundary }: FormProps) {
  const { t } = useTranslation();
  const base = useId();
  const close = useMapEdit((s) => s.close);
  const [type, setType] = useState<RelationshipType>('reports-to');
  const [strength, setStrength] = useState(DEFAULT_INFLUENCE_STRENGTH);
  const [other, setOther] = useState<Person | null>(to);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { ref, style } = useAnchored(box, boundary, 'bottom');
  const first = useRef<HTMLElement | null>(null);
  const index = useMemo(() => buildSearchIndex(map.people), [map.people]);
  const found = query.trim() ? matchPeople(index, query, 12).map((h) => h.person) : [];

  useEffect(() => {
    first.current?.focus();
  }, []);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!other) {
      setError(t('relationships.chooseFirst'));
      return;
    }
    setBusy(true);
    try {
      await useMap.getState().createRelationship({ fromId: from.id, toId: other.id, type, strength: type === 'influences' ? strength : null });
      useUi.getState().notify({ kind: 'info', key: 'relationships.added' });
      close();
    } catch (err) {
      setError(describeError(t, toPayload(err)).message);
      setBusy(false);
    }
  };

  const heading = to ? t('mapEdit.connect.heading', { from: from.name, to: to.name }) : t('mapEdit.connect.headingFrom', { from: from.name });
  return (
    <form
      ref={ref}
      style={style}
      className="connect-popover"
      role="dialog"
      aria-label={heading}
      onSubmit={(e) => void onSubmit(e)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        close();
      }}
    >
      <p className="connect-heading">{heading}</p>
      {to ? null : (
        <div className="field">
          <label htmlFor={`${base}-other`}>{t('relationships.other')}</label>
          <Combobox
            id={`${base}-other`}
            inputRef={(el) => {
              first.current = el;
            }}
            listLabel={t('relationships.otherResults')}
            placeholder={t('relationships.choose')}
            value={query}
            onValueChange={(v) => {
              setQuery(v);
              setOther(null);
            }}
            items={found}
            itemKey={(p: Person) => p.id}
            renderItem={(p) => <PersonOption person={p} />}
            onChoose={(p) => {
              setOther(p);
              setQuery(p.name);
              setError(null);
            }}
            noneText={t('relationships.otherNone', { query: query.trim() })}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${base}-type`}>{t('relationships.type')}</label>
        <select
          id={`${base}-type`}
          ref={(el) => {
            if (to) first.current = el;
          }}
          value={type}
          onChange={(e) => setType(e.target.value as RelationshipType)}
        >
          {RELATIONSHIP_TYPES.map((r) => (
            <option key={r} value={r}>
              {t(`relationships.verbs.${r}`)}
            </option>
          ))}
        </select>
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
        <button type="submit" className="primary" disabled={busy}>
          {t('mapEdit.connect.create')}
        </button>
        <button type="button" onClick={close}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
