// No budget knowledge (没有预算的概念) is one of the method's mistakes: the account's budget fields are
// empty and no logged visit learned any budget fact. After several visits it is a louder warning.
import { attendeesOf, friendlyContacts, loggedVisits, nameList } from '../helpers';
import { BUDGET_AFTER_VISITS, SUGGEST_PEOPLE } from '../thresholds';
import type { CoachingRule } from '../types';

export const budget: CoachingRule = (input) => {
  const a = input.account;
  const accountKnows = a.budgetAmount !== null || a.budgetCycle.trim() !== '' || a.budgetProcess.trim() !== '';
  const visits = loggedVisits(input);
  if (accountKnows || visits.some((v) => v.budgetFacts.trim() !== '')) return [];
  if (visits.length < BUDGET_AFTER_VISITS) return [{ id: 'budgetUnknown', params: {} }];
  // Whom to ask: the best-placed people on our side we have met, else those at the last visit.
  const ask = friendlyContacts(input.ranked, SUGGEST_PEOPLE);
  const list = nameList('names', ask.length > 0 ? ask : attendeesOf(visits[0]!, input.people).slice(0, SUGGEST_PEOPLE));
  return [{ id: 'budgetStillUnknown', params: { ...list.params, visits: visits.length }, people: list.people }];
};
