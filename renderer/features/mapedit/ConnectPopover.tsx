// The in-place relationship form, beside the person a line was dropped on (or the person whose menu
// chose "Add relationship…", then with the other person to pick): type, strength for influences.
// Escape or Cancel creates nothing; the service's relationship rules answer with their own message.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountMap, Person, RelationshipType } from '../../../shared/domain/model';
import { DEFAULT_INFLUENCE_STRENGTH } from '../../../shared/domain/relationshipRules';
import { toPayload } from '../../api/client';
import { describeError } from '../../api/describe';
import { useMap } from '../../stores/map';
import { useUi } from '../../stores/ui';
import { OtherPersonPicker } from '../relationships/OtherPersonPicker';
import { RelationshipKindFields } from '../relationships/RelationshipKindFields';
import { useMapEdit, type Box } from './store';
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
  box: Box;
  boundary: Element | null;
}

function ConnectForm({ map, from, to, box, boundary }: FormProps) {
  const { t } = useTranslation();
  const base = useId();
  const close = useMapEdit((s) => s.close);
  const [type, setType] = useState<RelationshipType>('reports-to');
  const [strength, setStrength] = useState(DEFAULT_INFLUENCE_STRENGTH);
  const [other, setOther] = useState<Person | null>(to);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { ref, style } = useAnchored(box, boundary, 'bottom');
  const first = useRef<HTMLElement | null>(null);

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
      <RelationshipKindFields
        idBase={base}
        type={type}
        onType={setType}
        strength={strength}
        onStrength={setStrength}
        typeRef={(el) => {
          if (to) first.current = el;
        }}
      >
        {to ? null : (
          <div className="field">
            <label htmlFor={`${base}-other`}>{t('relationships.other')}</label>
            <OtherPersonPicker
              id={`${base}-other`}
              people={map.people}
              inputRef={(el) => {
                first.current = el;
              }}
              onChange={(p) => {
                setOther(p);
                if (p) setError(null);
              }}
            />
          </div>
        )}
      </RelationshipKindFields>
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
