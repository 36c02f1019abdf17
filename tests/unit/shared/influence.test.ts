import { describe, expect, it } from 'vitest';
import { computeInfluence, networkTotal } from '../../../shared/domain/influence';
import { formatBreakdown } from '../../../shared/domain/influenceFormat';
import { rankPeople } from '../../../shared/domain/ranking';
import type { Person, Relationship } from '../../../shared/domain/model';
import { sampleAccount } from '../../../shared/sample/sampleAccount';
import { link, person } from './influenceFixtures';

// A hand-made account. Base = 6·authority + role + 3·expertise + 3·access;
// network(X) = 20·(1 − e^(−Σ w·s(Y)/100)), w = strength/3 for influences, 1/4 for reports-to.
const A = person('a', { name: 'Zhou Zhenhua', isTopDecisionMaker: true, buyingRole: 'decision-maker', authority: 5, expertise: 4, accessToTop: 5 });
const B = person('b', { name: 'Wang Li', buyingRole: 'influencer', authority: 3, expertise: 3, accessToTop: 3 });
const C = person('c', { name: 'Zhang Min', buyingRole: 'user', authority: 1, expertise: 2, accessToTop: 1 });
const D = person('d', { name: 'Liu Ting', buyingRole: 'gatekeeper', authority: 2, expertise: 2, accessToTop: 2, pinnedScore: 40 });
const PEOPLE = [A, B, C, D];
const LINKS = [
  link('b', 'a', 'influences', 3),
  link('c', 'b', 'reports-to'),
  link('d', 'b', 'influences', 1),
  link('a', 'd', 'influences', 2),
  link('d', 'c', 'conflicts-with'),
  link('c', 'd', 'close-to'),
];

describe('computeInfluence on a 4-person account (numbers derived by hand)', () => {
  const scores = computeInfluence(PEOPLE, LINKS);

  it('A (top decision-maker) = base 77 + via pinned D: 20·(1−e^(−(2/3)·40/100)) = 4.68 → 82', () => {
    // base 30 + 20 + 12 + 15 = 77; the pinned 40 is what flows to A.
    const a = scores.get('a')!;
    expect(a.exact).toBeCloseTo(81.6814, 3);
    expect(a.score).toBe(82);
    expect(a.parts).toEqual([
      { kind: 'authority', points: 30 },
      { kind: 'role', points: 20 },
      { kind: 'expertise', points: 12 },
      { kind: 'access', points: 15 },
      { kind: 'network', points: 5, via: { personId: 'd', name: 'Liu Ting', isTopDecisionMaker: false } },
    ]);
  });

  it('B influences A strongly: base 48 + 20·(1−e^(−81.68/100)) = 11.16 → 59', () => {
    const b = scores.get('b')!;
    expect(b.exact).toBeCloseTo(59.1633, 3);
    expect(b.score).toBe(59);
    expect(b.parts.map((p) => p.points)).toEqual([18, 12, 9, 9, 11]);
    expect(b.parts[4]?.via).toEqual({ personId: 'a', name: 'Zhou Zhenhua', isTopDecisionMaker: true });
    expect(formatBreakdown(b)).toBe('59 = authority 18 + role 12 + expertise 9 + access 9 + via Zhou Zhenhua (top decision-maker) 11');
  });

  it('C only reports to B: base 19 + 20·(1−e^(−0.25·59.16/100)) = 2.75 → 22', () => {
    const c = scores.get('c')!;
    expect(c.exact).toBeCloseTo(21.7498, 3);
    expect(c.score).toBe(22);
    expect(c.parts.map((p) => p.points)).toEqual([6, 4, 6, 3, 3]);
    expect(networkTotal(c)).toBe(3);
  });

  it('D is pinned at 40; the computed 29 + 3.58 → 33 stays available', () => {
    const d = scores.get('d')!;
    expect(d.pinned).toBe(true);
    expect(d.score).toBe(40);
    expect(d.parts).toEqual([{ kind: 'pinned', points: 40 }]);
    expect(d.exact).toBeCloseTo(32.5797, 3);
    expect(d.computed.score).toBe(33);
    expect(d.computed.parts.map((p) => p.points)).toEqual([12, 5, 6, 6, 4]);
    expect(formatBreakdown(d)).toBe('40 = pinned 40');
  });

  it('ranks A, B, D (pinned 40), C', () => {
    expect(rankPeople(PEOPLE, scores).map((r) => [r.rank, r.person.id, r.influence.score])).toEqual([
      [1, 'a', 82],
      [2, 'b', 59],
      [3, 'd', 40],
      [4, 'c', 22],
    ]);
  });

  it('ignores close-to, conflicts-with, self-links and links to unknown people', () => {
    const noise: Relationship[] = [...LINKS, link('a', 'a', 'influences', 3), link('a', 'ghost', 'influences', 3), link('c', 'a', 'close-to'), link('c', 'a', 'conflicts-with')];
    const again = computeInfluence(PEOPLE, noise);
    expect([...again.values()]).toEqual([...scores.values()]);
  });

  it('splits the network part among several people, largest first, adding up exactly', () => {
    const people: Person[] = [A, B, C, person('e', { name: 'Chen Jianguo', buyingRole: 'approver', authority: 4, expertise: 4, accessToTop: 5 })];
    const result = computeInfluence(people, [link('e', 'a', 'influences', 3), link('e', 'b', 'influences', 2), link('e', 'c', 'influences', 1), link('e', 'a', 'reports-to')]);
    const e = result.get('e')!;
    const via = e.parts.filter((p) => p.kind === 'network');
    expect(via.map((p) => p.via?.personId)).toEqual(['a', 'b', 'c']);
    expect(e.parts.reduce((s, p) => s + p.points, 0)).toBe(e.score);
    // A alone gives w = 1 + 1/4: the reports-to and influences links to the same person merge into one part.
    expect(via.filter((p) => p.via?.personId === 'a')).toHaveLength(1);
  });
});

describe('the sample account', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`ranks its top decision-maker in the top 3 (${lang})`, () => {
      const sample = sampleAccount(lang);
      const people = sample.people.map((p) => person(p.key, { ...p, pinnedScore: null, lastContact: null }));
      const relationships = sample.relationships.map((r) => link(r.from, r.to, r.type, r.strength));
      const ranking = rankPeople(people, computeInfluence(people, relationships));
      const top = ranking.find((r) => r.person.isTopDecisionMaker)!;
      expect(top.rank).toBeLessThanOrEqual(3);
      // Minor players are scored, not dropped, and sit at the bottom.
      expect(ranking).toHaveLength(people.length);
      expect(ranking.at(-1)!.influence.score).toBeLessThan(30);
    });
  }
});
