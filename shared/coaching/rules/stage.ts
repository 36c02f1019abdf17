// What each relationship stage asks for, where the data can show it:
// - stabilize: be inside their processes and help when something goes wrong — a visit of kind
//   "solved a problem for them" (立功), or a next step followed through (marked done), within 90 days;
// - strengthen: grow what we sell — judged on complete years (last year against the year before),
//   since this year is not over; a this-year figure already above last year counts as growth.
// (Establish — meeting the top decision-maker — is in ./topDecisionMaker.ts.)
import { isInSupportBase } from '../../domain/model';
import { addDays } from '../../history/days';
import { friendlyContacts, loggedVisits, nameList } from '../helpers';
import { STABILIZE_DAYS, SUGGEST_PEOPLE } from '../thresholds';
import type { CoachingRule } from '../types';

export const stabilizeNoSolvedProblem: CoachingRule = (input) => {
  if (input.account.stage !== 'stabilize' || input.people.length === 0) return [];
  const since = addDays(input.today, -STABILIZE_DAYS);
  const visits = loggedVisits(input);
  const solved = visits.some((v) => v.kind === 'solved-problem' && v.date > since);
  const followedUp = visits.some((v) => v.nextStep?.done === true && v.nextStep.doneOn !== null && v.nextStep.doneOn > since && v.nextStep.doneOn <= input.today);
  if (solved || followedUp) return [];
  const ask = friendlyContacts(input.ranked, SUGGEST_PEOPLE);
  const list = nameList('names', ask.length > 0 ? ask : input.ranked.slice(0, SUGGEST_PEOPLE).map((r) => r.person));
  return [{ id: 'stabilizeNoSolvedProblem', params: { ...list.params, days: STABILIZE_DAYS }, people: list.people }];
};

export const strengthenNoGrowth: CoachingRule = (input) => {
  if (input.account.stage !== 'strengthen' || !input.purchases) return [];
  const year = Number(input.today.slice(0, 4));
  const of = (y: number) => input.purchases!.yearly.find((p) => p.year === y) ?? null;
  const last = of(year - 1);
  const before = of(year - 2);
  const now = of(year);
  if (!last || !before || last.currency !== before.currency || last.amount > before.amount) return [];
  if (now && now.currency === last.currency && now.amount > last.amount) return [];
  // Whom to discuss growth with: the top decision-maker if on our side, then allies.
  const top = input.people.filter((p) => p.isTopDecisionMaker && isInSupportBase(p.stance));
  const friends = friendlyContacts(input.ranked, SUGGEST_PEOPLE).filter((p) => !p.isTopDecisionMaker);
  const talk = [...top, ...friends].slice(0, SUGGEST_PEOPLE);
  const list = nameList('names', talk.length > 0 ? talk : input.ranked.slice(0, SUGGEST_PEOPLE).map((r) => r.person));
  return [
    {
      id: 'strengthenNoGrowth',
      params: { ...list.params, year: year - 1, amount: last.amount, prevYear: year - 2, prevAmount: before.amount, currency: last.currency },
      people: list.people,
    },
  ];
};
