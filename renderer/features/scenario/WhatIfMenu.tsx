// The person panel's "What if…" menu: left the company / turned against us / became an ally.
import { useTranslation } from 'react-i18next';
import type { AccountMap, Person } from '../../../shared/domain/model';
import { SCENARIO_KINDS, type ScenarioKind } from '../../../shared/domain/scenario';
import { useScenario } from './store';
import './scenario.css';

/** The changes that mean something for this person (an ally cannot "become an ally"). */
function kindsFor(person: Person): ScenarioKind[] {
  return SCENARIO_KINDS.filter((k) => !(k === 'ally' && person.stance === 'ally') && !(k === 'opponent' && person.stance === 'opponent'));
}

export function WhatIfMenu({ person, map }: { person: Person; map: AccountMap }) {
  const { t } = useTranslation();
  const start = useScenario((s) => s.start);
  return (
    <details className="what-if">
      <summary>{t('scenario.menu')}</summary>
      <ul role="menu" aria-label={t('scenario.menu')}>
        {kindsFor(person).map((kind) => (
          <li key={kind} role="none">
            <button type="button" role="menuitem" onClick={() => start(map, person.id, kind)}>
              {t(`scenario.${kind}`, { name: person.name })}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
