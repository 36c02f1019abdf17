// The type of a new relationship and, for influences, its strength — in the panel's form and the map's.
// `children` (the other person, when asked) go between them: "… influences [whom], strength 3".
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../../shared/domain/model';

interface Props {
  idBase: string;
  type: RelationshipType;
  onType(type: RelationshipType): void;
  strength: number;
  onStrength(strength: number): void;
  typeRef?: Ref<HTMLSelectElement>;
  children?: ReactNode;
}

export function RelationshipKindFields({ idBase, type, onType, strength, onStrength, typeRef, children }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor={`${idBase}-type`}>{t('relationships.type')}</label>
        <select id={`${idBase}-type`} ref={typeRef} value={type} onChange={(e) => onType(e.target.value as RelationshipType)}>
          {RELATIONSHIP_TYPES.map((r) => (
            <option key={r} value={r}>
              {t(`relationships.verbs.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {children}
      {type === 'influences' ? (
        <div className="field">
          <label htmlFor={`${idBase}-strength`}>{t('relationships.strength')}</label>
          <select id={`${idBase}-strength`} value={strength} onChange={(e) => onStrength(Number(e.target.value))}>
            {[1, 2, 3].map((s) => (
              <option key={s} value={s}>
                {t(`relationships.strengths.${s}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}
