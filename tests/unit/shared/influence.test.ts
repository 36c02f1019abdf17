import { describe, expect, it } from 'vitest';
import { computeInfluence, networkTotal } from '../../../shared/domain/influence';
import { formatBreakdown } from '../../../shared/domain/influenceFormat';
import { rankPeople } from '../../../shared/domain/ranking';
import type { Person, Relationship } from '../../../shared/domain/model';
import { sampleAccount } from '../../../shared/sample/sampleAccount';
import { link, person } from './influenceFixtures';

// A hand-made account. Base = 6·authority + role + 3·expertise + 3·access (the top decision-maker: access 15,
// role ≥ 20); flow(X) = 20·(1 − e^(−W/100)), W = Σ w·s(Y) over X's out-edges (w = strength/3 for influences,
// 1/4 for reports-to) + 1/4·Σ s(R) over X's direct reports R; raised to any unpinned direct report's flow.
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
      { kind: 'access', points: 15, note: 'topDecisionMaker' },
      { kind: 'network', points: 5, via: { personId: 'd', name: 'Liu Ting', isTopDecisionMaker: false } },
    ]);
  });

  it('B influences A strongly and manages C: base 48 + 20·(1−e^(−(81.68 + 21.77/4)/100)) = 11.63 → 60', () => {
    const b = scores.get('b')!;
    expect(b.exact).toBeCloseTo(59.6313, 3);
    expect(b.score).toBe(60);
    expect(b.parts.map((p) => p.points)).toEqual([18, 12, 9, 9, 11, 1]);
    expect(b.parts[4]?.via).toEqual({ personId: 'a', name: 'Zhou Zhenhua', isTopDecisionMaker: true });
    expect(b.parts[5]).toEqual({ kind: 'reports', points: 1, through: [{ personId: 'c', name: 'Zhang Min', isTopDecisionMaker: false }] });
    expect(formatBreakdown(b)).toBe('60 = authority 18 + role 12 + expertise 9 + access 9 + via Zhou Zhenhua (top decision-maker) 11 + via 1 report (Zhang Min) 1');
  });

  it('C only reports to B: base 19 + 20·(1−e^(−0.25·59.63/100)) = 2.77 → 22', () => {
    const c = scores.get('c')!;
    expect(c.exact).toBeCloseTo(21.77, 2);
    expect(c.score).toBe(22);
    expect(c.parts.map((p) => p.points)).toEqual([6, 4, 6, 3, 3]);
    expect(networkTotal(c)).toBe(3);
  });

  it('D is pinned at 40; the computed 29 + 3.61 → 33 stays available', () => {
    const d = scores.get('d')!;
    expect(d.pinned).toBe(true);
    expect(d.score).toBe(40);
    expect(d.parts).toEqual([{ kind: 'pinned', points: 40 }]);
    expect(d.exact).toBeCloseTo(32.6053, 3);
    expect(d.computed.score).toBe(33);
    expect(d.computed.parts.map((p) => p.points)).toEqual([12, 5, 6, 6, 4]);
    expect(formatBreakdown(d)).toBe('40 = pinned 40');
  });

  it('ranks A, B, D (pinned 40), C', () => {
    expect(rankPeople(PEOPLE, scores).map((r) => [r.rank, r.person.id, r.influence.score])).toEqual([
      [1, 'a', 82],
      [2, 'b', 60],
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
    it(`ranks its top decision-maker first or second without a pin (${lang})`, () => {
      const sample = sampleAccount(lang);
      const people = sample.people.map((p) => person(p.key, { ...p, pinnedScore: null, lastContact: null }));
      const relationships = sample.relationships.map((r) => link(r.from, r.to, r.type, r.strength));
      const ranking = rankPeople(people, computeInfluence(people, relationships));
      const top = ranking.find((r) => r.person.isTopDecisionMaker)!;
      expect(top.rank).toBeLessThanOrEqual(2);
      expect(top.influence.pinned).toBe(false);
      // Minor players are scored, not dropped, and sit at the bottom.
      expect(ranking).toHaveLength(people.length);
      expect(ranking.at(-1)!.influence.score).toBeLessThan(30);
    });
  }
});

describe('decision power and ratings not given', () => {
  it('counts a rating not given as 3 and says so', () => {
    const unrated = computeInfluence([person('u', { authority: null, expertise: null, accessToTop: null })], []).get('u')!;
    const three = computeInfluence([person('u', { authority: 3, expertise: 3, accessToTop: 3 })], []).get('u')!;
    expect(unrated.score).toBe(three.score);
    expect(unrated.parts).toEqual([
      { kind: 'authority', points: 18, note: 'notRated' },
      { kind: 'role', points: 2 },
      { kind: 'expertise', points: 9, note: 'notRated' },
      { kind: 'access', points: 9, note: 'notRated' },
    ]);
  });

  it('gives the top decision-maker full access and a decision-maker’s role, whatever the form says', () => {
    const top = computeInfluence([person('t', { isTopDecisionMaker: true, buyingRole: 'approver', authority: 4, expertise: 3, accessToTop: 1 })], []).get('t')!;
    expect(top.parts).toEqual([
      { kind: 'authority', points: 24 },
      { kind: 'role', points: 20, note: 'topDecisionMaker' },
      { kind: 'expertise', points: 9 },
      { kind: 'access', points: 15, note: 'topDecisionMaker' },
    ]);
  });

  it('a chairman with a GM and a CFO reporting to him, nothing rated, ranks first; the reports part names them', () => {
    const people = [
      person('ch', { name: 'Zhou Zhenhua', isTopDecisionMaker: true, authority: null, expertise: null, accessToTop: null }),
      person('gm', { name: 'Liu Ting', authority: null, expertise: null, accessToTop: null }),
      person('cfo', { name: 'Sun Meihua', authority: null, expertise: null, accessToTop: null }),
    ];
    const scores = computeInfluence(people, [link('gm', 'ch', 'reports-to'), link('cfo', 'ch', 'reports-to')]);
    expect(rankPeople(people, scores).map((r) => r.person.id)).toEqual(['ch', 'gm', 'cfo']);
    const ch = scores.get('ch')!;
    // base 18 + 20 + 9 + 15 = 62; W = (s(GM) + s(CFO))/4.
    const reports = ch.parts.find((p) => p.kind === 'reports')!;
    expect(reports.through!.map((v) => v.name).sort()).toEqual(['Liu Ting', 'Sun Meihua']);
    expect(formatBreakdown(ch)).toMatch(/^\d+ = authority \(not rated\) 18 \+ role \(top decision-maker\) 20 \+ expertise \(not rated\) 9 \+ access \(top decision-maker\) 15 \+ via 2 reports \((Liu Ting, Sun Meihua|Sun Meihua, Liu Ting)\) \d+$/);
  });

  it('a manager reaches what their team reaches: a report who influences the board lifts the manager, through that report', () => {
    const people = [person('m', { name: 'Manager' }), person('r', { name: 'Report' }), person('x', { name: 'Board', authority: 5, expertise: 5, accessToTop: 5, buyingRole: 'decision-maker' })];
    const scores = computeInfluence(people, [link('r', 'm', 'reports-to'), link('r', 'x', 'influences', 3)]);
    const m = scores.get('m')!;
    const r = scores.get('r')!;
    expect(m.exact - 18 - 2 - 9 - 9).toBeCloseTo(r.exact - 18 - 2 - 9 - 9, 9);
    expect(m.parts.at(-1)).toMatchObject({ kind: 'reports', through: [{ personId: 'r' }] });
  });
});
