// Coaching lists the high-ranking people with a rating not given (a pure rule the coaching card calls).
import { describe, expect, it } from 'vitest';
import { computeInfluence } from '../../../shared/domain/influence';
import { rankPeople } from '../../../shared/domain/ranking';
import { unratedKeyPeople } from '../../../shared/domain/unratedKeyPeople';
import { person } from './influenceFixtures';

const rated = { authority: 3, expertise: 3, accessToTop: 3 };

describe('unratedKeyPeople', () => {
  it('lists the top-ranked people with ratings not given, in rank order, with which ratings', () => {
    const people = [
      person('boss', { name: 'Boss', isTopDecisionMaker: true, authority: 5, expertise: null, accessToTop: null }),
      person('cfo', { name: 'CFO', buyingRole: 'decision-maker', authority: null, expertise: 4, accessToTop: 4 }),
      person('ok', { name: 'Rated', buyingRole: 'approver', ...rated }),
      person('pin', { name: 'Pinned', pinnedScore: 90, authority: null }),
    ];
    const ranked = rankPeople(people, computeInfluence(people, []));
    expect(unratedKeyPeople(ranked).map((u) => [u.person.id, u.fields])).toEqual([
      // The top decision-maker's access is full by definition, so only expertise is missing.
      ['boss', ['expertise']],
      ['cfo', ['authority']],
    ]);
  });

  it('looks only at the key people (top 10 by default)', () => {
    const people = Array.from({ length: 12 }, (_, i) => person(`p${String(i).padStart(2, '0')}`, { authority: i < 10 ? 5 : null, expertise: 3, accessToTop: 3 }));
    const ranked = rankPeople(people, computeInfluence(people, []));
    expect(unratedKeyPeople(ranked)).toEqual([]);
    expect(unratedKeyPeople(ranked, 12).map((u) => u.person.id)).toEqual(['p10', 'p11']);
  });
});
