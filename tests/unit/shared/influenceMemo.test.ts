import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeInfluence } from '../../../shared/domain/influence';
import { createInfluenceMemo } from '../../../shared/domain/influenceMemo';
import { BUYING_ROLES, RELATIONSHIP_TYPES, type Person } from '../../../shared/domain/model';
import { accountArb, ratingArb } from './influenceArbitraries';

/** One edit to a field the score reads; each must make the memo score again. */
const scoringEditArb = fc.oneof(
  fc.record({ field: fc.constant('authority' as const), value: ratingArb }),
  fc.record({ field: fc.constant('expertise' as const), value: ratingArb }),
  fc.record({ field: fc.constant('accessToTop' as const), value: ratingArb }),
  fc.record({ field: fc.constant('pinnedScore' as const), value: fc.option(fc.integer({ min: 0, max: 100 })) }),
  fc.record({ field: fc.constant('isTopDecisionMaker' as const), value: fc.boolean() }),
  fc.record({ field: fc.constant('buyingRole' as const), value: fc.constantFrom(...BUYING_ROLES) }),
  fc.record({ field: fc.constant('name' as const), value: fc.constantFrom('Liu Ting', '刘婷', 'Zhou') }),
);

describe('influence memo', () => {
  it('answers exactly what computeInfluence answers, before and after any edit the score reads', () => {
    fc.assert(
      fc.property(accountArb, fc.nat(), scoringEditArb, fc.nat(), fc.constantFrom(...RELATIONSHIP_TYPES), (account, who, edit, linkAt, type) => {
        const memo = createInfluenceMemo();
        expect(memo(account.people, account.relationships)).toEqual(computeInfluence(account.people, account.relationships));
        const i = who % account.people.length;
        const people = account.people.map((p, j) => (j === i ? ({ ...p, [edit.field]: edit.value } as Person) : p));
        expect(memo(people, account.relationships)).toEqual(computeInfluence(people, account.relationships));
        // A relationship changing type (or strength) is an edit the score reads too.
        if (account.relationships.length > 0) {
          const k = linkAt % account.relationships.length;
          const links = account.relationships.map((r, j) => (j === k ? { ...r, type, strength: type === 'influences' ? ((r.strength ?? 1) % 3) + 1 : null } : r));
          expect(memo(people, links)).toEqual(computeInfluence(people, links));
        }
      }),
    );
  });

  it('gives back the same answer when only fields the score does not read changed', () => {
    fc.assert(
      fc.property(accountArb, (account) => {
        const memo = createInfluenceMemo();
        const first = memo(account.people, account.relationships);
        const edited = account.people.map((p) => ({ ...p, stance: 'opponent' as const, notes: 'changed', met: !p.met, lastContact: '2026-11-30', title: 'New title' }));
        expect(memo(edited, account.relationships)).toBe(first);
      }),
    );
  });

  it('remembers only its last few answers', () => {
    const memo = createInfluenceMemo(2);
    const base = fc.sample(accountArb, { numRuns: 1, seed: 7 })[0]!;
    const variant = (a: number) => base.people.map((p, j) => (j === 0 ? { ...p, authority: a } : p));
    const a1 = memo(variant(1), base.relationships);
    memo(variant(2), base.relationships);
    expect(memo(variant(1), base.relationships)).toBe(a1);
    memo(variant(3), base.relationships); // evicts variant 2, the least recently used
    expect(memo(variant(1), base.relationships)).toBe(a1);
    const again = memo(variant(2), base.relationships);
    expect(again).toEqual(computeInfluence(variant(2), base.relationships));
  });
});
