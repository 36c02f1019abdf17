// fast-check arbitraries for random accounts (people with random ratings, roles, pins; dense random links).
import fc from 'fast-check';
import { BUYING_ROLES, RELATIONSHIP_TYPES, type Person, type Relationship } from '../../../shared/domain/model';
import { link, person } from './influenceFixtures';

const NAMES = ['Wang Li', 'wang li', 'Chen Jianguo', '王丽', '王力', '陈建国', 'Zhang Min', '张敏', 'Ann', 'Ann'];

/** A rating 1–5, or not rated (null) about one time in five. */
export const ratingArb = fc.option(fc.integer({ min: 1, max: 5 }), { freq: 4 });

export const personArb = (id: string) =>
  fc
    .record({
      name: fc.constantFrom(...NAMES),
      buyingRole: fc.constantFrom(...BUYING_ROLES),
      isTopDecisionMaker: fc.boolean(),
      authority: ratingArb,
      expertise: ratingArb,
      accessToTop: ratingArb,
      pinnedScore: fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })), { freq: 4 }),
    })
    .map((fields) => person(id, fields));

export interface Account {
  people: Person[];
  relationships: Relationship[];
}

export const accountArb: fc.Arbitrary<Account> = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }).chain((ids) =>
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
