// Key people: high-influence skeptics and opponents need a plan; key people need fresh contact and
// a full rating (a rating not given counts as the middle value, so their rank may be off).
import { unratedKeyPeople } from '../../domain/unratedKeyPeople';
import { daysBetween } from '../../history/days';
import { nameList } from '../helpers';
import { HIGH_INFLUENCE_SCORE, KEY_PEOPLE, STALE_CONTACT_DAYS } from '../thresholds';
import type { CoachingRule } from '../types';

export const highInfluenceAgainst: CoachingRule = ({ ranked }) => {
  const against = ranked
    .filter((r) => r.influence.score >= HIGH_INFLUENCE_SCORE && (r.person.stance === 'skeptic' || r.person.stance === 'opponent'))
    .map((r) => r.person);
  if (against.length === 0) return [];
  const list = nameList('names', against);
  return [{ id: 'highInfluenceAgainst', params: { ...list.params, count: against.length }, people: list.people }];
};

export const keyPeopleNotContacted: CoachingRule = ({ ranked, today }) => {
  const stale = ranked
    .slice(0, KEY_PEOPLE)
    .map((r) => r.person)
    .filter((p) => p.lastContact === null || daysBetween(p.lastContact, today) > STALE_CONTACT_DAYS);
  if (stale.length === 0) return [];
  const list = nameList('names', stale);
  return [{ id: 'keyPeopleNotContacted', params: { ...list.params, count: stale.length, days: STALE_CONTACT_DAYS }, people: list.people }];
};

export const keyPeopleNotRated: CoachingRule = ({ ranked }) => {
  const unrated = unratedKeyPeople(ranked, KEY_PEOPLE).map((u) => u.person);
  if (unrated.length === 0) return [];
  const list = nameList('names', unrated);
  return [{ id: 'unratedKeyPeople', params: { ...list.params, count: unrated.length }, people: list.people }];
};
