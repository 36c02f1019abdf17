import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeInfluence, type InfluenceScore } from '../../../shared/domain/influence';
import { NETWORK_MAX } from '../../../shared/domain/influenceWeights';
import { compareNames, rankPeople } from '../../../shared/domain/ranking';
import { BUYING_ROLES, RELATIONSHIP_TYPES, type Person, type Relationship } from '../../../shared/domain/model';
import { link, person } from './influenceFixtures';

const NAMES = ['Wang Li', 'wang li', 'Chen Jianguo', '王丽', '王力', '陈建国', 'Zhang Min', '张敏', 'Ann', 'Ann'];

const personArb = (id: string) =>
  fc
    .record({
      name: fc.constantFrom(...NAMES),
      buyingRole: fc.constantFrom(...BUYING_ROLES),
      isTopDecisionMaker: fc.boolean(),
      authority: fc.integer({ min: 1, max: 5 }),
      expertise: fc.integer({ min: 1, max: 5 }),
      accessToTop: fc.integer({ min: 1, max: 5 }),
      pinnedScore: fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })), { freq: 4 }),
    })
    .map((fields) => person(id, fields));

interface Account {
  people: Person[];
  relationships: Relationship[];
}

const accountArb: fc.Arbitrary<Account> = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }).chain((ids) =>
  fc.record({
    people: fc.tuple(...ids.map(personArb)),
    relationships: fc.array(
      fc
        .record({
          from: fc.constantFrom(...ids),
          to: fc.constantFrom(...ids),
          type: fc.constantFrom(...RELATIONSHIP_TYPES),
          strength: fc.integer({ min: 1, max: 3 }),
        })
        .map((r) => link(r.from, r.to, r.type, r.strength)),
      // size 'max': dense graphs, so chains and cycles that need several propagation rounds are common.
      { maxLength: 30, size: 'max' },
    ),
  }),
);

const sumPoints = (s: { parts: { points: number }[] }) => s.parts.reduce((a, p) => a + p.points, 0);

describe('influence score properties', () => {
  it('is always a whole number 0–100 whose parts add up exactly to it', () => {
    fc.assert(
      fc.property(accountArb, ({ people, relationships }) => {
        const scores = computeInfluence(people, relationships);
        expect(scores.size).toBe(people.length);
        for (const s of scores.values()) {
          for (const b of [s, s.computed]) {
            expect(Number.isInteger(b.score) && b.score >= 0 && b.score <= 100).toBe(true);
            expect(sumPoints(b)).toBe(b.score);
            for (const p of b.parts) expect(Number.isInteger(p.points) && p.points >= 0).toBe(true);
          }
          expect(Number.isFinite(s.exact)).toBe(true);
        }
      }),
    );
  });

  it('network parts name people the person influences or reports to', () => {
    fc.assert(
      fc.property(accountArb, ({ people, relationships }) => {
        const scores = computeInfluence(people, relationships);
        for (const s of scores.values()) {
          const targets = new Set(relationships.filter((r) => r.fromId === s.personId && r.toId !== s.personId && (r.type === 'influences' || r.type === 'reports-to')).map((r) => r.toId));
          const via = s.computed.parts.filter((p) => p.kind === 'network');
          for (const p of via) expect(targets.has(p.via!.personId)).toBe(true);
          expect(new Set(via.map((p) => p.via!.personId)).size).toBe(via.length);
          expect(s.computed.parts.filter((p) => p.kind !== 'network').every((p) => p.via === undefined)).toBe(true);
        }
      }),
    );
  });

  it('is the fixed point: exact = base + 20·(1 − e^(−Σ w·s/100)) over influences and reports-to', () => {
    fc.assert(
      fc.property(accountArb, ({ people, relationships }) => {
        const scores = computeInfluence(people, relationships);
        const standing = (id: string) => {
          const s = scores.get(id)!;
          const p = people.find((x) => x.id === id)!;
          return p.pinnedScore ?? s.exact;
        };
        for (const p of people) {
          // Per target: the strongest influences edge (strength/3) plus 1/4 if p also reports to them.
          const weight = new Map<string, number>();
          for (const to of new Set(relationships.filter((r) => r.fromId === p.id && r.toId !== p.id).map((r) => r.toId))) {
            const between = relationships.filter((r) => r.fromId === p.id && r.toId === to);
            const strengths = between.filter((r) => r.type === 'influences').map((r) => r.strength ?? 1);
            const w = (strengths.length > 0 ? Math.max(...strengths) / 3 : 0) + (between.some((r) => r.type === 'reports-to') ? 0.25 : 0);
            if (w > 0) weight.set(to, w);
          }
          let sum = 0;
          for (const [to, w] of weight) sum += w * standing(to);
          const base = sumPoints({ parts: scores.get(p.id)!.computed.parts.filter((x) => x.kind !== 'network') });
          expect(scores.get(p.id)!.exact).toBeCloseTo(base + NETWORK_MAX * (1 - Math.exp(-sum / 100)), 6);
        }
      }),
    );
  });

  it('raising one of a person’s ratings never lowers their score', () => {
    fc.assert(
      fc.property(accountArb, fc.nat(), fc.constantFrom('authority', 'expertise', 'accessToTop'), fc.integer({ min: 1, max: 4 }), ({ people, relationships }, pick, field, step) => {
        const k = pick % people.length;
        const before = computeInfluence(people, relationships).get(people[k]!.id)!;
        const raised = people.map((p, i) => (i === k ? { ...p, [field]: Math.min(5, p[field] + step) } : p));
        const after = computeInfluence(raised, relationships).get(people[k]!.id)!;
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.computed.score).toBeGreaterThanOrEqual(before.computed.score);
        expect(after.exact).toBeGreaterThanOrEqual(before.exact - 1e-9);
      }),
    );
  });

  it('adding an "influences" edge to a higher-scored person never lowers the influencer’s score', () => {
    fc.assert(
      fc.property(accountArb, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 3 }), ({ people, relationships }, i, j, strength) => {
        const scores = computeInfluence(people, relationships);
        const x = people[i % people.length]!;
        const y = people[j % people.length]!;
        fc.pre(x.id !== y.id && scores.get(y.id)!.score > scores.get(x.id)!.score);
        const after = computeInfluence(people, [...relationships, link(x.id, y.id, 'influences', strength)]);
        expect(after.get(x.id)!.score).toBeGreaterThanOrEqual(scores.get(x.id)!.score);
        expect(after.get(x.id)!.exact).toBeGreaterThanOrEqual(scores.get(x.id)!.exact - 1e-9);
      }),
    );
  });

  it('adding any influences or reports-to edge never lowers anyone’s score', () => {
    fc.assert(
      fc.property(accountArb, fc.nat(), fc.nat(), fc.constantFrom('influences' as const, 'reports-to' as const), ({ people, relationships }, i, j, type) => {
        const x = people[i % people.length]!;
        const y = people[j % people.length]!;
        const before = computeInfluence(people, relationships);
        const after = computeInfluence(people, [...relationships, link(x.id, y.id, type, 3)]);
        for (const p of people) expect(after.get(p.id)!.exact).toBeGreaterThanOrEqual(before.get(p.id)!.exact - 1e-9);
      }),
    );
  });

  it('with no edges the score is the base only: four base parts, no network parts', () => {
    fc.assert(
      fc.property(accountArb, ({ people }) => {
        const noNetwork = computeInfluence(people, []);
        const onlySocial = computeInfluence(
          people,
          people.slice(1).map((p) => link(people[0]!.id, p.id, 'close-to')),
        );
        for (const scores of [noNetwork, onlySocial]) {
          for (const p of people) {
            const s = scores.get(p.id)!;
            expect(s.computed.parts.map((x) => x.kind)).toEqual(['authority', 'role', 'expertise', 'access']);
            expect(s.computed.score).toBe(s.exact);
          }
        }
      }),
    );
  });

  it('same input in any order gives the same output', () => {
    const shuffled = accountArb.chain((a) =>
      fc.tuple(
        fc.constant(a),
        fc.shuffledSubarray(a.people, { minLength: a.people.length }),
        fc.shuffledSubarray(a.relationships, { minLength: a.relationships.length }),
      ),
    );
    fc.assert(
      fc.property(shuffled, ([a, people, relationships]) => {
        const one = [...computeInfluence(a.people, a.relationships).entries()];
        const two = [...computeInfluence(people, relationships).entries()];
        expect(two).toEqual(one);
        expect(rankPeople(people, new Map(two)).map((r) => r.person.id)).toEqual(rankPeople(a.people, new Map(one)).map((r) => r.person.id));
      }),
    );
  });

  it('ranks by score, ties broken by authority, then name', () => {
    fc.assert(
      fc.property(accountArb, ({ people, relationships }) => {
        const ranking = rankPeople(people, computeInfluence(people, relationships));
        expect(ranking.map((r) => r.rank)).toEqual(people.map((_, i) => i + 1));
        for (let i = 1; i < ranking.length; i++) {
          const a = ranking[i - 1]!;
          const b = ranking[i]!;
          expect(a.influence.score).toBeGreaterThanOrEqual(b.influence.score);
          if (a.influence.score === b.influence.score) {
            expect(a.person.authority).toBeGreaterThanOrEqual(b.person.authority);
            if (a.person.authority === b.person.authority) expect(compareNames(a.person.name, b.person.name)).toBeLessThanOrEqual(0);
          }
        }
      }),
    );
  });

  it('a pinned score wins, and the computed breakdown stays available', () => {
    fc.assert(
      fc.property(accountArb, ({ people, relationships }) => {
        const scores = computeInfluence(people, relationships);
        for (const p of people) {
          const s: InfluenceScore = scores.get(p.id)!;
          if (p.pinnedScore !== null) {
            expect(s.pinned).toBe(true);
            expect(s.score).toBe(Math.round(p.pinnedScore));
            expect(s.parts).toEqual([{ kind: 'pinned', points: Math.round(p.pinnedScore) }]);
            expect(s.computed.parts.some((x) => x.kind === 'pinned')).toBe(false);
          } else {
            expect(s.pinned).toBe(false);
            expect(s.parts).toEqual(s.computed.parts);
          }
        }
      }),
    );
  });
});
