// The support base (支持面): at least two allies, not shrinking, and wider than the key people.
import { MINOR_SCORE } from '../thresholds';
import type { CoachingRule } from '../types';

export const fewAllies: CoachingRule = ({ people }) => {
  const allies = people.filter((p) => p.stance === 'ally').length;
  return allies < 2 ? [{ id: 'fewAllies', params: { count: allies } }] : [];
};

export const supportBaseShrank: CoachingRule = ({ changes, people }) => {
  if (!changes || changes.supportBase.delta >= 0) return [];
  // Someone no longer on the map cannot be selected, so only people still there are listed by id.
  const ids = changes.left.filter((m) => people.some((p) => p.id === m.personId)).map((m) => m.personId);
  const left = changes.left.map((m) => m.name);
  return [
    {
      id: 'supportBaseShrank',
      params: { from: changes.supportBase.from, to: changes.supportBase.to, names: left.slice(0, 4).join(', ') || '—' },
      people: { names: ids },
    },
  ];
};

export const minorPlayersUnassessed: CoachingRule = ({ ranked }) => {
  const minor = ranked.filter((r) => r.influence.score < MINOR_SCORE && !r.person.isTopDecisionMaker).map((r) => r.person);
  const all = minor.length >= 2 && minor.every((p) => p.stance === 'unknown' || p.stance === 'neutral');
  return all ? [{ id: 'minorPlayersUnassessed', params: { count: minor.length } }] : [];
};
