// Coaching in words (决定力, shared/domain/README.md): the top decision-maker has not been met yet.
import { useTranslation } from 'react-i18next';
import type { AccountMap } from '../../../shared/domain/model';
import { focusPerson } from '../../graph/highlightFocus';
import { graph } from '../../graph/instance';
import { useSelection } from '../../stores/selection';
import './highlight.css';

export function CoachingBanner({ map }: { map: AccountMap }) {
  const { t } = useTranslation();
  const top = map.people.find((p) => p.isTopDecisionMaker);
  if (!top || top.met) return null;
  return (
    <div className="coaching-banner" role="note">
      <span className="coaching-mark" aria-hidden="true">!</span>
      <span className="coaching-text">{t('highlight.coaching.tdmNotMet', { name: top.name })}</span>
      <button
        type="button"
        className="small"
        onClick={() => {
          useSelection.getState().selectPerson(top.id);
          focusPerson(graph.instance, top.id);
        }}
      >
        {t('highlight.coaching.show', { name: top.name })}
      </button>
    </div>
  );
}
