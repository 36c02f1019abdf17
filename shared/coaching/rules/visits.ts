// Visits keep the relationship alive and the map true: a visit at least every 45 days, and not always
// with the same one or two people (single-threaded visits).
import { daysBetween } from '../../history/days';
import { loggedVisits, nameList } from '../helpers';
import { NO_VISIT_DAYS, SUGGEST_PEOPLE, THREAD_PEOPLE, THREAD_VISITS } from '../thresholds';
import type { CoachingRule } from '../types';

export const visitRecency: CoachingRule = (input) => {
  const last = loggedVisits(input)[0];
  // Whom to see: the key people, highest influence first.
  const see = nameList('names', input.ranked.slice(0, SUGGEST_PEOPLE).map((r) => r.person));
  if (!last) return [{ id: 'neverVisited', params: see.params, people: see.people }];
  const days = daysBetween(last.date, input.today);
  if (days <= NO_VISIT_DAYS) return [];
  return [{ id: 'noRecentVisit', params: { ...see.params, days, last: last.date, limit: NO_VISIT_DAYS }, people: see.people, days: ['last'] }];
};

export const singleThreadedVisits: CoachingRule = (input) => {
  const recent = loggedVisits(input).slice(0, THREAD_VISITS);
  if (recent.length < THREAD_VISITS) return [];
  const present = new Set(input.people.map((p) => p.id));
  const met = new Set(recent.flatMap((v) => v.attendees.map((a) => a.personId)).filter((id) => present.has(id)));
  if (met.size === 0 || met.size > THREAD_PEOPLE) return [];
  const others = input.ranked.map((r) => r.person).filter((p) => !met.has(p.id) && p.stance !== 'opponent');
  if (others.length === 0) return [];
  const seen = nameList('names', input.ranked.map((r) => r.person).filter((p) => met.has(p.id)));
  const widen = nameList('others', others.slice(0, SUGGEST_PEOPLE));
  return [
    {
      id: 'singleThreadedVisits',
      params: { ...seen.params, ...widen.params, visits: THREAD_VISITS },
      people: { ...seen.people, ...widen.people },
    },
  ];
};
