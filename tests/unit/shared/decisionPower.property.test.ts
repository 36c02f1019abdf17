// Decision power (决定力) on random accounts: the top decision-maker outranks their own direct reports
// unless a report is rated higher, and managers draw standing from the people who report to them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeInfluence } from '../../../shared/domain/influence';
import { rankPeople } from '../../../shared/domain/ranking';
import type { Person, Relationship } from '../../../shared/domain/model';
import { accountArb, type Account } from './influenceArbitraries';
import { link } from './influenceFixtures';

/** A rating the rep has not given counts as the middle value. */
const rated = (v: number | null): number => v ?? 3;
const RATINGS = ['authority', 'expertise', 'accessToTop'] as const;
const notHigher = (r: Person, top: Person) => RATINGS.every((f) => rated(r[f]) <= rated(top[f]));

const reportsTo = (relationships: readonly Relationship[], managerId: string) =>
  new Set(relationships.filter((r) => r.type === 'reports-to' && r.toId === managerId && r.fromId !== managerId).map((r) => r.fromId));

/** A random account with one top decision-maker and some people made their direct reports, rated no higher. */
const chainArb: fc.Arbitrary<Account & { topId: string }> = accountArb.chain((a) =>
  fc.record({ top: fc.nat({ max: a.people.length - 1 }), reports: fc.subarray(a.people.map((p) => p.id)) }).map(({ top, reports }) => {
    const topPerson: Person = { ...a.people[top]!, isTopDecisionMaker: true, pinnedScore: null };
    const chosen = new Set(reports.filter((id) => id !== topPerson.id));
    const people = a.people.map((p, i): Person => {
      if (i === top) return topPerson;
      if (!chosen.has(p.id)) return { ...p, isTopDecisionMaker: false };
      const lower = (f: (typeof RATINGS)[number]) => (rated(p[f]) <= rated(topPerson[f]) ? p[f] : topPerson[f]);
      return { ...p, isTopDecisionMaker: false, pinnedScore: null, authority: lower('authority'), expertise: lower('expertise'), accessToTop: lower('accessToTop') };
    });
    return { people, relationships: [...a.relationships, ...[...chosen].map((id) => link(id, topPerson.id, 'reports-to'))], topId: topPerson.id };
  }),
);

function checkTopOutranksReports({ people, relationships }: Account): number {
  const ranking = rankPeople(people, computeInfluence(people, relationships));
  const rankOf = new Map(ranking.map((r) => [r.person.id, r.rank]));
  let checked = 0;
  for (const top of people) {
    if (!top.isTopDecisionMaker || top.pinnedScore !== null) continue;
    for (const id of reportsTo(relationships, top.id)) {
      const r = people.find((p) => p.id === id)!;
      // (An account has one top decision-maker; random accounts may flag several, so a flagged report is skipped.)
      if (r.pinnedScore !== null || r.isTopDecisionMaker || !notHigher(r, top)) continue;
      expect(rankOf.get(top.id)!, `${top.id} ranks below their report ${r.id}`).toBeLessThan(rankOf.get(r.id)!);
      checked += 1;
    }
  }
  return checked;
}

describe('decision power', () => {
  it('the top decision-maker never ranks below a direct report whose ratings are not higher', () => {
    fc.assert(
      fc.property(chainArb, (account) => {
        checkTopOutranksReports(account);
      }),
      { numRuns: 300 },
    );
    // And on fully random accounts (several flagged people, cycles, pins) wherever the condition holds.
    fc.assert(fc.property(accountArb, (account) => void checkTopOutranksReports(account)), { numRuns: 300 });
  });

  it('adding a reports-to line to a manager never lowers the manager (nor anyone else)', () => {
    fc.assert(
      fc.property(accountArb, fc.nat(), fc.nat(), ({ people, relationships }, i, j) => {
        const report = people[i % people.length]!;
        const manager = people[j % people.length]!;
        const before = computeInfluence(people, relationships);
        const after = computeInfluence(people, [...relationships, link(report.id, manager.id, 'reports-to')]);
        expect(after.get(manager.id)!.computed.score).toBeGreaterThanOrEqual(before.get(manager.id)!.computed.score);
        for (const p of people) expect(after.get(p.id)!.exact).toBeGreaterThanOrEqual(before.get(p.id)!.exact - 1e-9);
      }),
    );
  });

  it('a manager with unpinned direct reports stands at least as high above their ratings as each of those reports', () => {
    fc.assert(
      fc.property(accountArb, ({ people, relationships }) => {
        const scores = computeInfluence(people, relationships);
        const flow = (id: string) => {
          const s = scores.get(id)!;
          const base = s.computed.parts.filter((p) => p.kind !== 'network' && p.kind !== 'reports').reduce((a, p) => a + p.points, 0);
          return s.exact - base;
        };
        for (const m of people) {
          for (const id of reportsTo(relationships, m.id)) {
            if (people.find((p) => p.id === id)!.pinnedScore !== null) continue;
            expect(flow(m.id)).toBeGreaterThanOrEqual(flow(id) - 1e-6);
          }
        }
      }),
    );
  });

  it('every part that flows from other people names them: network parts the people one influences or reports to, the reports part one’s direct reports', () => {
    fc.assert(
      fc.property(accountArb, ({ people, relationships }) => {
        const scores = computeInfluence(people, relationships);
        for (const s of scores.values()) {
          const mine = reportsTo(relationships, s.personId);
          for (const p of s.computed.parts) {
            if (p.kind !== 'reports') continue;
            expect(p.through!.length).toBeGreaterThan(0);
            for (const v of p.through!) expect(mine.has(v.personId)).toBe(true);
            expect(new Set(p.through!.map((v) => v.personId)).size).toBe(p.through!.length);
          }
          expect(s.computed.parts.filter((p) => p.kind === 'reports').length).toBeLessThanOrEqual(1);
          expect(s.computed.parts.filter((p) => p.kind !== 'reports').every((p) => p.through === undefined)).toBe(true);
        }
      }),
    );
  });
});
