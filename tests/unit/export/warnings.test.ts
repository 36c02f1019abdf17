// The brief's and the coaching card's warnings (shared/coaching): each raised exactly when the data supports it.
import { describe, expect, it } from 'vitest';
import { computeWarnings } from '../../../shared/coaching/coaching';
import type { SupportShift, WarningId } from '../../../shared/coaching/types';
import type { Account, Person, Relationship } from '../../../shared/domain/model';
import { account, healthy as healthyMap, input, line, person, visit } from '../coaching/fixtures';

function ids(people: Person[], a: Account = account, changes: SupportShift | null = null, relationships: Relationship[] = []): WarningId[] {
  // A recent visit with a next step, so only the map's own warnings show.
  const visits = people.length > 0 ? [visit(people.slice(0, 2))] : [];
  return computeWarnings(input({ people, account: a, changes, relationships, visits })).map((w) => w.id);
}

const healthy = () => healthyMap().people;

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
    const w = computeWarnings(input({ people, visits: [visit(people.slice(0, 2))] })).find((x) => x.id === 'unratedKeyPeople');
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
    const changes: SupportShift = { supportBase: { from: 5, to: 3, delta: -2 }, left: [{ personId: 'x', name: 'Xu', from: 'ally', to: 'neutral' }] };
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

describe('the introducer (was bestDoorOpener)', () => {
  it('the supporter or ally on a line to the top, never the top decision-maker, never an opponent', () => {
    const top = person({ isTopDecisionMaker: true, stance: 'ally', accessToTop: 5, met: false });
    const near = person({ name: 'Near', stance: 'supporter', accessToTop: 5 });
    const far = person({ name: 'Far', stance: 'ally', accessToTop: 2 });
    const foe = person({ name: 'Foe', stance: 'opponent', accessToTop: 5 });
    const people = [top, near, far, foe];
    const w = computeWarnings(input({ people, relationships: [line(near, top), line(foe, top, 'influences', 3)] })).find((x) => x.id === 'topDecisionMakerNotMet');
    expect(w?.params.via).toBe('Near');
  });
});

describe("computeWarnings names people by id (for the app's coaching card)", () => {
  it('the unmet top decision-maker, the introducer, the high-influence skeptics and the people who left', () => {
    const people = healthy();
    people[0] = { ...people[0]!, met: false };
    const skeptic = person({ name: 'Sk', stance: 'skeptic', authority: 5, expertise: 5, accessToTop: 5 });
    people.push(skeptic);
    const changes: SupportShift = { supportBase: { from: 5, to: 3, delta: -2 }, left: [{ personId: people[3]!.id, name: people[3]!.name, from: 'ally', to: 'unknown' }, { personId: 'gone', name: 'Gone', from: 'ally', to: null }] };
    // The ally people[1] reports to the top decision-maker: the one to ask.
    const got = computeWarnings(input({ people, changes, relationships: [line(people[1]!, people[0]!, 'reports-to')] }));
    const by = (id: WarningId) => got.find((w) => w.id === id)?.people;
    expect(by('topDecisionMakerNotMet')).toEqual({ name: [people[0]!.id], via: [people[1]!.id] });
    expect(by('highInfluenceAgainst')).toEqual({ names: [skeptic.id] });
    // Someone no longer on the map cannot be selected, so only people still there are listed.
    expect(by('supportBaseShrank')).toEqual({ names: [people[3]!.id] });
  });
});
