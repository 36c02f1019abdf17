// The top decision-maker (最高决策者) decides the outcome: identify them, meet them (through someone
// with a real line to them), win them over. Not met after several visits, or once the account is past
// "establish", is "very dangerous".
import { isInSupportBase } from '../../domain/model';
import { bestIntroduction, findPaths } from '../../domain/paths';
import { loggedVisits } from '../helpers';
import { TOP_NOT_MET_AFTER_VISITS } from '../thresholds';
import type { CoachingRule, Warning } from '../types';

export const noTopDecisionMaker: CoachingRule = ({ people }) =>
  people.some((p) => p.isTopDecisionMaker) ? [] : [{ id: 'noTopDecisionMaker', params: {} }];

export const topDecisionMakerNotMet: CoachingRule = (input) => {
  const top = input.people.find((p) => p.isTopDecisionMaker);
  if (!top || top.met) return [];
  const visits = loggedVisits(input).length;
  const late = visits >= TOP_NOT_MET_AFTER_VISITS || input.account.stage !== 'establish';
  // Only someone with an actual line to them can open the door.
  const door = bestIntroduction(findPaths(input.people, input.relationships, top.id))?.people[0] ?? null;
  const w: Warning = {
    id: late ? 'topDecisionMakerStillNotMet' : 'topDecisionMakerNotMet',
    params: { name: top.name, via: door?.name ?? '—', visits },
    people: { name: [top.id], via: door ? [door.personId] : [] },
  };
  if (late && visits < TOP_NOT_MET_AFTER_VISITS) w.text = 'textStage';
  if (!door) w.next = 'nextNoWay';
  return [w];
};

export const topDecisionMakerNotInSupportBase: CoachingRule = ({ people }) => {
  const top = people.find((p) => p.isTopDecisionMaker);
  if (!top || isInSupportBase(top.stance)) return [];
  return [{ id: 'topDecisionMakerNotInSupportBase', params: { name: top.name, stance: top.stance }, people: { name: [top.id] } }];
};
