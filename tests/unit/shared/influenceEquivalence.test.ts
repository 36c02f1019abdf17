// The tuned computeInfluence (one-pass edge rows, a lighter breakdown) against the straightforward
// implementation it replaced (reference/influenceReference.ts): the same scores, parts, names and
// unrounded values, to the last bit, on random accounts and on the bench's synthetic accounts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeInfluence } from '../../../shared/domain/influence';
import { RELATIONSHIP_TYPES, type Relationship } from '../../../shared/domain/model';
import { syntheticAccount } from '../../bench/syntheticAccount';
import { accountArb } from './influenceArbitraries';
import { link, person } from './influenceFixtures';
import { computeInfluence as reference } from './reference/influenceReference';

/** Lines the service would refuse or never store: unknown ends, self-links, odd strengths, repeats both ways. */
const noiseArb = (ids: readonly string[]): fc.Arbitrary<Relationship[]> =>
  fc.array(
    fc
      .record({
        from: fc.constantFrom(...ids, 'nobody'),
        to: fc.constantFrom(...ids, 'nobody'),
        type: fc.constantFrom(...RELATIONSHIP_TYPES),
        strength: fc.constantFrom<number | null>(null, 0, 1, 2, 3, 2.5, 7, -1, Number.NaN),
      })
      .map((r) => ({ ...link(r.from, r.to, r.type, 1), strength: r.strength })),
    { maxLength: 12 },
  );

function sameAnswers(people: Parameters<typeof computeInfluence>[0], relationships: readonly Relationship[]): void {
  expect([...computeInfluence(people, relationships)]).toEqual([...reference(people, relationships)]);
}

describe('computeInfluence equals the straightforward reference', () => {
  it('on random accounts (pins, several top decision-makers, loops, duplicates, noise)', () => {
    const arb = accountArb.chain((a) => noiseArb(a.people.map((p) => p.id)).map((noise) => ({ ...a, relationships: [...a.relationships, ...noise] })));
    fc.assert(fc.property(arb, ({ people, relationships }) => sameAnswers(people, relationships)), { numRuns: 1000 });
  });

  it('on the synthetic accounts of the bench (wide teams, long chains), 50 to 2,000 people', () => {
    for (const size of [50, 300, 2000]) {
      const { people, relationships } = syntheticAccount(size);
      sameAnswers(people, relationships);
      // A reports-to loop and a pinned manager on top of it (the floor needs more than one pass).
      const [a, b, c] = people.filter((p) => p.title.startsWith('Head of'));
      const looped = [...relationships, link(a!.id, b!.id, 'reports-to'), link(b!.id, c!.id, 'reports-to'), link(c!.id, a!.id, 'reports-to')];
      sameAnswers(people.map((p) => (p.id === b!.id ? { ...p, pinnedScore: 55 } : p)), looped);
    }
  });

  it('for one person with 60 inflows and a manager of 60 (the sorts past their small-list path)', () => {
    const people = Array.from({ length: 61 }, (_, i) => person(`p${String(i).padStart(2, '0')}`, { authority: (i % 5) + 1, expertise: ((i * 7) % 5) + 1 }));
    const lines = people.slice(1).flatMap((p, i) => [link(people[0]!.id, p.id, 'influences', (i % 3) + 1), link(p.id, people[0]!.id, 'reports-to')]);
    sameAnswers(people, lines);
    expect(computeInfluence(people, lines).get('p00')!.parts.find((part) => part.kind === 'reports')!.through!.length).toBe(60);
  });
});
