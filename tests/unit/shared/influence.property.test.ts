import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeInfluence, computeInfluenceScores, type InfluenceScore } from '../../../shared/domain/influence';
import { NETWORK_MAX } from '../../../shared/domain/influenceWeights';
import { compareNames, rankPeople } from '../../../shared/domain/ranking';
import { ratingValue } from '../../../shared/domain/personDefaults';
import { accountArb } from './influenceArbitraries';
import { link } from './influenceFixtures';

const sumPoints = (s: { parts: { points: number }[] }) => s.parts.reduce((a, p) => a + p.points, 0);

describe('influence score properties', () => {
  it('the scores alone (what changed compares them) equal the full computation’s for everyone, pinned or not', () => {
    fc.assert(
      fc.property(accountArb, ({ people, relationships }) => {
        const full = computeInfluence(people, relationships);
        const scores = computeInfluenceScores(people, relationships);
        expect([...scores.entries()].sort()).toEqual([...full.values()].map((s) => [s.personId, s.score]).sort());
      }),
    );
  });

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

  // Changed with decision power: a manager also draws ¼ of each direct report's standing, and what flows
  // to them is never less than what flows to an unpinned direct report (it was only the out-edges before).
  it('is the fixed point: exact = base + max(20·(1 − e^(−W/100)), flow of each unpinned direct report)', () => {
    fc.assert(
      fc.property(accountArb, ({ people, relationships }) => {
        const scores = computeInfluence(people, relationships);
        const byId = new Map(people.map((p) => [p.id, p]));
        const standing = (id: string) => byId.get(id)!.pinnedScore ?? scores.get(id)!.exact;
        const base = (id: string) => sumPoints({ parts: scores.get(id)!.computed.parts.filter((x) => x.kind !== 'network' && x.kind !== 'reports') });
        for (const p of people) {
          // Per target: the strongest influences edge (strength/3) plus 1/4 if p also reports to them.
          const weight = new Map<string, number>();
          for (const to of new Set(relationships.filter((r) => r.fromId === p.id && r.toId !== p.id).map((r) => r.toId))) {
            const between = relationships.filter((r) => r.fromId === p.id && r.toId === to);
            const strengths = between.filter((r) => r.type === 'influences').map((r) => r.strength ?? 1);
            const w = (strengths.length > 0 ? Math.max(...strengths) / 3 : 0) + (between.some((r) => r.type === 'reports-to') ? 0.25 : 0);
            if (w > 0) weight.set(to, w);
          }
          const reports = new Set(relationships.filter((r) => r.type === 'reports-to' && r.toId === p.id && r.fromId !== p.id).map((r) => r.fromId));
          let sum = 0;
          for (const [to, w] of weight) sum += w * standing(to);
          for (const r of reports) sum += 0.25 * standing(r);
          let flow = NETWORK_MAX * (1 - Math.exp(-sum / 100));
          for (const r of reports) if (byId.get(r)!.pinnedScore === null) flow = Math.max(flow, scores.get(r)!.exact - base(r));
          expect(scores.get(p.id)!.exact).toBeCloseTo(base(p.id) + flow, 6);
        }
      }),
    );
  });

  it('a rating not given counts exactly as the middle value 3 (and only the note tells them apart)', () => {
    fc.assert(
      fc.property(accountArb, ({ people, relationships }) => {
        const threes = people.map((p) => ({ ...p, authority: p.authority ?? 3, expertise: p.expertise ?? 3, accessToTop: p.accessToTop ?? 3 }));
        const a = computeInfluence(people, relationships);
        const b = computeInfluence(threes, relationships);
        const strip = (s: InfluenceScore) => ({ ...s, parts: s.parts.map(({ note: _, ...rest }) => rest), computed: { ...s.computed, parts: s.computed.parts.map(({ note: _, ...rest }) => rest) } });
        for (const p of people) {
          expect(strip(a.get(p.id)!)).toEqual(strip(b.get(p.id)!));
          const notes = a.get(p.id)!.computed.parts.filter((x) => x.note === 'notRated').map((x) => x.kind);
          const expected = (['authority', 'expertise', 'accessToTop'] as const).filter((f) => p[f] === null && !(f === 'accessToTop' && p.isTopDecisionMaker));
          expect(notes).toEqual(expected.map((f) => (f === 'accessToTop' ? 'access' : f)));
        }
      }),
    );
  });

  it('raising one of a person’s ratings never lowers their score', () => {
    fc.assert(
      fc.property(accountArb, fc.nat(), fc.constantFrom('authority', 'expertise', 'accessToTop'), fc.integer({ min: 1, max: 4 }), ({ people, relationships }, pick, field, step) => {
        const k = pick % people.length;
        const before = computeInfluence(people, relationships).get(people[k]!.id)!;
        const raised = people.map((p, i) => (i === k ? { ...p, [field]: Math.min(5, ratingValue(p[field]) + step) } : p));
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

  it('with no edges the score is the base only: four base parts, no network or reports parts', () => {
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

  // Changed with decision power: among equal scores the top decision-maker comes first; not rated counts as 3.
  it('ranks by score, ties broken by top decision-maker, then authority, then name', () => {
    fc.assert(
      fc.property(accountArb, ({ people, relationships }) => {
        const ranking = rankPeople(people, computeInfluence(people, relationships));
        expect(ranking.map((r) => r.rank)).toEqual(people.map((_, i) => i + 1));
        for (let i = 1; i < ranking.length; i++) {
          const a = ranking[i - 1]!;
          const b = ranking[i]!;
          expect(a.influence.score).toBeGreaterThanOrEqual(b.influence.score);
          if (a.influence.score === b.influence.score) {
            expect(Number(a.person.isTopDecisionMaker)).toBeGreaterThanOrEqual(Number(b.person.isTopDecisionMaker));
            if (a.person.isTopDecisionMaker !== b.person.isTopDecisionMaker) continue;
            expect(ratingValue(a.person.authority)).toBeGreaterThanOrEqual(ratingValue(b.person.authority));
            if (ratingValue(a.person.authority) === ratingValue(b.person.authority)) expect(compareNames(a.person.name, b.person.name)).toBeLessThanOrEqual(0);
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
