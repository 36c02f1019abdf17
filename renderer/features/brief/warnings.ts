// The coaching warnings (shared/domain/README.md) that the data supports, each with what to do next.
// Pure: the brief (and tests) pass in the map, the ranking, the 30-day changes and today.
import { isInSupportBase, type AccountMap, type Person } from '../../../shared/domain/model';
import { ratingValue } from '../../../shared/domain/personDefaults';
import type { RankedPerson } from '../../../shared/domain/ranking';
import { unratedKeyPeople } from '../../../shared/domain/unratedKeyPeople';
import { daysBetween } from '../../../shared/history/days';
import type { AccountChanges } from '../../../shared/history/types';

/** Below this score a person is a minor player (小鬼); matches the highlighted map. */
export const MINOR_SCORE = 30;
/** At or above this score a skeptic/opponent is a risk that needs a plan. */
export const HIGH_INFLUENCE_SCORE = 50;
/** Key people not contacted for this many days get a warning. */
export const STALE_CONTACT_DAYS = 60;
/** How many of the top-ranked people count as key people. */
export const KEY_PEOPLE = 10;

export type WarningId =
  | 'noTopDecisionMaker'
  | 'topDecisionMakerNotMet'
  | 'topDecisionMakerNotInSupportBase'
  | 'fewAllies'
  | 'supportBaseShrank'
  | 'highInfluenceAgainst'
  | 'minorPlayersUnassessed'
  | 'budgetUnknown'
  | 'keyPeopleNotContacted'
  | 'unratedKeyPeople';

export interface Warning {
  id: WarningId;
  /** i18n params for brief.warning.<id>.text and .next. */
  params: Record<string, string | number>;
  /** Person ids behind a name-list param (param name → ids, in order), so the app can make them buttons. */
  people?: Record<string, string[]>;
}

const names = (people: readonly Person[], max = 4): string => {
  const shown = people.slice(0, max).map((p) => p.name);
  return people.length > max ? `${shown.join(', ')} +${people.length - max}` : shown.join(', ');
};

/** Who could open a door to the top decision-maker: the supporter or ally with the best access. */
export function bestDoorOpener(ranked: readonly RankedPerson[]): Person | null {
  const candidates = ranked.map((r) => r.person).filter((p) => !p.isTopDecisionMaker && isInSupportBase(p.stance));
  candidates.sort((a, b) => ratingValue(b.accessToTop) - ratingValue(a.accessToTop) || (a.stance === 'ally' ? -1 : 0) - (b.stance === 'ally' ? -1 : 0));
  return candidates[0] ?? null;
}

export function computeWarnings(map: AccountMap, ranked: readonly RankedPerson[], changes: AccountChanges | null, today: string): Warning[] {
  const out: Warning[] = [];
  const people = map.people;
  if (people.length === 0) return out;
  const top = people.find((p) => p.isTopDecisionMaker) ?? null;
  const door = bestDoorOpener(ranked);
  if (!top) out.push({ id: 'noTopDecisionMaker', params: {} });
  else {
    if (!top.met) out.push({ id: 'topDecisionMakerNotMet', params: { name: top.name, via: door?.name ?? '—' }, people: { name: [top.id], via: door ? [door.id] : [] } });
    if (!isInSupportBase(top.stance)) out.push({ id: 'topDecisionMakerNotInSupportBase', params: { name: top.name, stance: top.stance }, people: { name: [top.id] } });
  }
  const allies = people.filter((p) => p.stance === 'ally').length;
  if (allies < 2) out.push({ id: 'fewAllies', params: { count: allies } });
  if (changes && changes.supportBase.delta < 0) {
    const left = changes.left.map((m) => m.name);
    const ids = changes.left.filter((m) => people.some((p) => p.id === m.personId)).map((m) => m.personId);
    out.push({ id: 'supportBaseShrank', params: { from: changes.supportBase.from, to: changes.supportBase.to, names: left.slice(0, 4).join(', ') || '—' }, people: { names: ids } });
  }
  const against = ranked.filter((r) => r.influence.score >= HIGH_INFLUENCE_SCORE && (r.person.stance === 'skeptic' || r.person.stance === 'opponent')).map((r) => r.person);
  if (against.length > 0) out.push({ id: 'highInfluenceAgainst', params: { names: names(against), count: against.length }, people: { names: against.map((p) => p.id) } });
  const minor = ranked.filter((r) => r.influence.score < MINOR_SCORE && !r.person.isTopDecisionMaker).map((r) => r.person);
  if (minor.length >= 2 && minor.every((p) => p.stance === 'unknown' || p.stance === 'neutral')) out.push({ id: 'minorPlayersUnassessed', params: { count: minor.length } });
  const a = map.account;
  if (a.budgetAmount === null && a.budgetCycle.trim() === '' && a.budgetProcess.trim() === '') out.push({ id: 'budgetUnknown', params: {} });
  const stale = ranked
    .slice(0, KEY_PEOPLE)
    .map((r) => r.person)
    .filter((p) => p.lastContact === null || daysBetween(p.lastContact, today) > STALE_CONTACT_DAYS);
  if (stale.length > 0) out.push({ id: 'keyPeopleNotContacted', params: { names: names(stale), count: stale.length, days: STALE_CONTACT_DAYS }, people: { names: stale.map((p) => p.id) } });
  const unrated = unratedKeyPeople(ranked, KEY_PEOPLE).map((u) => u.person);
  if (unrated.length > 0) out.push({ id: 'unratedKeyPeople', params: { names: names(unrated), count: unrated.length }, people: { names: unrated.map((p) => p.id) } });
  return out;
}
