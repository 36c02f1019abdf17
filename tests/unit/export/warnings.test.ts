// The brief's warnings (shared/domain/README.md): each raised exactly when the data supports it.
import { describe, expect, it } from 'vitest';
import { computeInfluence } from '../../../shared/domain/influence';
import type { Account, AccountMap, Person } from '../../../shared/domain/model';
import { rankPeople } from '../../../shared/domain/ranking';
import type { AccountChanges } from '../../../shared/history/types';
import { bestDoorOpener, computeWarnings, type WarningId } from '../../../renderer/features/brief/warnings';

const AT = '2026-01-01T00:00:00.000Z';
const account: Account = {
  id: 'a', name: 'Acme', segment: '', notes: '', stage: 'establish', productFit: true, centralizedPurchasing: false,
  budgetAmount: 100_000, budgetCycle: 'yearly', budgetProcess: '', archived: false, createdAt: AT, updatedAt: AT,
};
let n = 0;
const person = (p: Partial<Person>): Person => ({
  id: `p${++n}`, accountId: 'a', name: `P${n}`, title: '', department: '', buyingRole: 'influencer', stance: 'neutral', isTopDecisionMaker: false,
  authority: 3, expertise: 3, accessToTop: 3, pinnedScore: null, met: true, lastContact: '2026-11-20', notes: '', createdAt: AT, updatedAt: AT, ...p,
});
const TODAY = '2026-11-27';

function ids(people: Person[], a: Account = account, changes: AccountChanges | null = null): WarningId[] {
  const map: AccountMap = { account: a, people, relationships: [], positions: [] };
  const ranked = rankPeople(people, computeInfluence(people, []));
  return computeWarnings(map, ranked, changes, TODAY).map((w) => w.id);
}

const healthy = () => [
  person({ name: 'Boss', isTopDecisionMaker: true, stance: 'ally', buyingRole: 'decision-maker', authority: 5 }),
  person({ stance: 'ally', authority: 4 }),
  person({ stance: 'supporter', authority: 1, expertise: 1, accessToTop: 1, buyingRole: 'user' }),
  person({ stance: 'unknown', authority: 1, expertise: 1, accessToTop: 1, buyingRole: 'user' }),
];

describe('computeWarnings', () => {
  it('a healthy map raises nothing', () => {
    expect(ids(healthy())).toEqual([]);
  });
  it('an empty map raises nothing', () => {
    expect(ids([])).toEqual([]);
  });
  it('key people not fully rated (a rating not given counts as 3): names them', () => {
    const people = healthy();
    people[1] = { ...people[1]!, name: 'Unrated', authority: null };
    const map: AccountMap = { account, people, relationships: [], positions: [] };
    const w = computeWarnings(map, rankPeople(people, computeInfluence(people, [])), null, TODAY).find((x) => x.id === 'unratedKeyPeople');
    expect(w).toMatchObject({ params: { names: 'Unrated', count: 1 }, people: { names: [people[1]!.id] } });
  });
  it('no top decision-maker', () => {
    const people = healthy().map((p) => ({ ...p, isTopDecisionMaker: false }));
    expect(ids(people)).toContain('noTopDecisionMaker');
  });
  it('top decision-maker never met, and not in the support base', () => {
    const people = healthy();
    people[0] = { ...people[0]!, met: false, stance: 'skeptic' };
    const got = ids(people);
    expect(got).toContain('topDecisionMakerNotMet');
    expect(got).toContain('topDecisionMakerNotInSupportBase');
  });
  it('fewer than two allies', () => {
    const people = healthy();
    people[1] = { ...people[1]!, stance: 'supporter' };
    expect(ids(people)).toContain('fewAllies');
  });
  it('support base shrank in 30 days', () => {
    const changes = { accountId: 'a', from: '2026-10-28', to: TODAY, supportBase: { from: 5, to: 3, delta: -2 }, joined: [], left: [{ personId: 'x', name: 'Xu', from: 'ally', to: 'neutral' }], stanceMoves: [], added: [], removed: [], scoreChanges: [] } as AccountChanges;
    expect(ids(healthy(), account, changes)).toContain('supportBaseShrank');
    expect(ids(healthy(), account, { ...changes, supportBase: { from: 3, to: 5, delta: 2 } })).not.toContain('supportBaseShrank');
  });
  it('high-influence opponents and skeptics', () => {
    const people = [...healthy(), person({ name: 'Foe', stance: 'opponent', authority: 5, expertise: 5, accessToTop: 5, buyingRole: 'approver' })];
    expect(ids(people)).toContain('highInfluenceAgainst');
  });
  it('minor players all unknown or neutral', () => {
    const people = healthy();
    people[2] = { ...people[2]!, stance: 'neutral' };
    expect(ids(people)).toContain('minorPlayersUnassessed');
  });
  it('budget unknown', () => {
    expect(ids(healthy(), { ...account, budgetAmount: null, budgetCycle: '', budgetProcess: '' })).toContain('budgetUnknown');
    expect(ids(healthy(), { ...account, budgetAmount: null, budgetCycle: '', budgetProcess: 'tender in March' })).not.toContain('budgetUnknown');
  });
  it('key people not contacted for over 60 days (or never)', () => {
    const people = healthy();
    people[1] = { ...people[1]!, lastContact: '2026-08-01' };
    expect(ids(people)).toContain('keyPeopleNotContacted');
    people[1] = { ...people[1]!, lastContact: null };
    expect(ids(people)).toContain('keyPeopleNotContacted');
  });
});

describe('bestDoorOpener', () => {
  it('the supporter or ally with the best access to the top, never the top decision-maker', () => {
    const people = [person({ isTopDecisionMaker: true, stance: 'ally', accessToTop: 5 }), person({ name: 'Near', stance: 'supporter', accessToTop: 5 }), person({ name: 'Far', stance: 'ally', accessToTop: 2 }), person({ name: 'Foe', stance: 'opponent', accessToTop: 5 })];
    expect(bestDoorOpener(rankPeople(people, computeInfluence(people, [])))?.name).toBe('Near');
  });
});

describe('computeWarnings names people by id (for the app\'s coaching card)', () => {
  it('the unmet top decision-maker, the door opener, the high-influence skeptics and the people who left', () => {
    const people = healthy();
    people[0] = { ...people[0]!, met: false };
    const skeptic = person({ name: 'Sk', stance: 'skeptic', authority: 5, expertise: 5, accessToTop: 5 });
    people.push(skeptic);
    const map: AccountMap = { account, people, relationships: [], positions: [] };
    const ranked = rankPeople(people, computeInfluence(people, []));
    const changes = { accountId: 'a', from: '2026-10-28', to: TODAY, supportBase: { from: 5, to: 3, delta: -2 }, joined: [], left: [{ personId: people[3]!.id, name: people[3]!.name, from: 'ally', to: 'unknown' }, { personId: 'gone', name: 'Gone', from: 'ally', to: null }], stanceMoves: [], added: [], removed: [], scoreChanges: [] } as AccountChanges;
    const got = computeWarnings(map, ranked, changes, TODAY);
    const by = (id: WarningId) => got.find((w) => w.id === id)?.people;
    expect(by('topDecisionMakerNotMet')).toEqual({ name: [people[0]!.id], via: [bestDoorOpener(ranked)!.id] });
    expect(by('highInfluenceAgainst')).toEqual({ names: [skeptic.id] });
    // Someone no longer on the map cannot be selected, so only people still there are listed.
    expect(by('supportBaseShrank')).toEqual({ names: [people[3]!.id] });
  });
});
