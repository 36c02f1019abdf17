// Rules about the top decision-maker: identified, met (through someone with a real line to them), on our side.
import { describe, expect, it } from 'vitest';
import { noTopDecisionMaker, topDecisionMakerNotInSupportBase, topDecisionMakerNotMet } from '../../../shared/coaching/rules/topDecisionMaker';
import { account, input, line, person, visit } from './fixtures';

const cast = () => {
  const top = person({ name: 'Zhou', isTopDecisionMaker: true, met: false, stance: 'neutral', authority: 5 });
  const li = person({ name: 'Li', stance: 'ally' });
  const foe = person({ name: 'Foe', stance: 'opponent' });
  return { top, li, foe, people: [top, li, foe] };
};

describe('noTopDecisionMaker', () => {
  it('fires when nobody is flagged, not otherwise', () => {
    const { people } = cast();
    expect(noTopDecisionMaker(input({ people: people.map((p) => ({ ...p, isTopDecisionMaker: false })) })).map((w) => w.id)).toEqual(['noTopDecisionMaker']);
    expect(noTopDecisionMaker(input({ people }))).toEqual([]);
  });
});

describe('topDecisionMakerNotMet', () => {
  it('names the top decision-maker and an introducer with an actual line to them', () => {
    const { top, li, foe, people } = cast();
    const [w] = topDecisionMakerNotMet(input({ people, relationships: [line(li, top, 'reports-to'), line(foe, top)] }));
    expect(w).toMatchObject({ id: 'topDecisionMakerNotMet', params: { name: 'Zhou', via: 'Li' }, people: { name: [top.id], via: [li.id] } });
    expect(w!.next).toBeUndefined();
  });

  it('says there is no known way in when nobody on our side has a line to them (an opponent’s line does not count)', () => {
    const { top, foe, people } = cast();
    const [w] = topDecisionMakerNotMet(input({ people, relationships: [line(foe, top)] }));
    expect(w).toMatchObject({ id: 'topDecisionMakerNotMet', next: 'nextNoWay', people: { name: [top.id], via: [] } });
  });

  it('does not fire once they are met', () => {
    const { top, people } = cast();
    expect(topDecisionMakerNotMet(input({ people: people.map((p) => (p.id === top.id ? { ...p, met: true } : p)) }))).toEqual([]);
  });

  it('is "still not met" after 3 logged visits, and once the account is past establish', () => {
    const { li, people } = cast();
    const visits = [visit([li], { date: '2026-09-01' }), visit([li], { date: '2026-10-01' })];
    expect(topDecisionMakerNotMet(input({ people, visits }))[0]!.id).toBe('topDecisionMakerNotMet');
    // A planned visit has not happened.
    expect(topDecisionMakerNotMet(input({ people, visits: [...visits, visit([li], { date: '2026-12-20', status: 'planned' })] }))[0]!.id).toBe('topDecisionMakerNotMet');
    const three = [...visits, visit([li], { date: '2026-11-01' })];
    expect(topDecisionMakerNotMet(input({ people, visits: three }))[0]).toMatchObject({ id: 'topDecisionMakerStillNotMet', params: { visits: 3 } });
    const staged = topDecisionMakerNotMet(input({ people, account: { ...account, stage: 'stabilize' } }))[0]!;
    expect(staged).toMatchObject({ id: 'topDecisionMakerStillNotMet', text: 'textStage', next: 'nextNoWay' });
  });
});

describe('topDecisionMakerNotInSupportBase', () => {
  it('fires for a neutral top decision-maker, not for a supporter', () => {
    const { top, people } = cast();
    expect(topDecisionMakerNotInSupportBase(input({ people }))).toEqual([{ id: 'topDecisionMakerNotInSupportBase', params: { name: 'Zhou', stance: 'neutral' }, people: { name: [top.id] } }]);
    expect(topDecisionMakerNotInSupportBase(input({ people: people.map((p) => (p.id === top.id ? { ...p, stance: 'supporter' as const } : p)) }))).toEqual([]);
  });
});
