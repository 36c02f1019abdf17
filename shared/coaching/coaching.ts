// The coaching warnings (教练提示) for one account on one day, in the order the card and the brief show
// them: one place for every rule, so the card, the brief and the visit plan always agree.
import { STAGE_FOCUS } from './stageFocus';
import { budget } from './rules/budget';
import { highInfluenceAgainst, keyPeopleNotContacted, keyPeopleNotRated } from './rules/keyPeople';
import { nextStepOverdue, noNextStep } from './rules/nextSteps';
import { stabilizeNoSolvedProblem, strengthenNoGrowth } from './rules/stage';
import { fewAllies, minorPlayersUnassessed, supportBaseShrank } from './rules/supportBase';
import { noTopDecisionMaker, topDecisionMakerNotInSupportBase, topDecisionMakerNotMet } from './rules/topDecisionMaker';
import { singleThreadedVisits, visitRecency } from './rules/visits';
import type { Coaching, CoachingInput, CoachingRule, Warning } from './types';

export const RULES: readonly CoachingRule[] = [
  noTopDecisionMaker,
  topDecisionMakerNotMet,
  topDecisionMakerNotInSupportBase,
  fewAllies,
  supportBaseShrank,
  highInfluenceAgainst,
  minorPlayersUnassessed,
  budget,
  keyPeopleNotContacted,
  keyPeopleNotRated,
  nextStepOverdue,
  noNextStep,
  visitRecency,
  singleThreadedVisits,
  stabilizeNoSolvedProblem,
  strengthenNoGrowth,
];

/** Every warning the data supports; an account without people raises none. */
export function computeWarnings(input: CoachingInput): Warning[] {
  if (input.people.length === 0) return [];
  return RULES.flatMap((rule) => rule(input));
}

export function computeCoaching(input: CoachingInput, isToday: boolean): Coaching {
  return {
    accountId: input.account.id,
    day: input.today,
    isToday,
    stage: input.account.stage,
    focus: [...STAGE_FOCUS[input.account.stage]],
    warnings: computeWarnings(input),
  };
}
