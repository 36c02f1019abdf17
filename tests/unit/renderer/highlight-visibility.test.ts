// Map filters: support base only, key people only (top N / score threshold), both together; node size by score.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Person, Stance } from '../../../shared/domain/model';
import { computeInfluence } from '../../../shared/domain/influence';
import { rankPeople, type RankedPerson } from '../../../shared/domain/ranking';
import { DEFAULT_FILTERS, isKeyPerson, visiblePeople, type MapFilters } from '../../../renderer/features/highlight/visibility';
import { MAX_NODE_SIZE, MIN_NODE_SIZE, MINOR_PLAYER_SCORE, nodeMarks, scoreToSize } from '../../../renderer/graph/highlight';

function person(id: string, stance: Stance, authority: number, pinnedScore: number | null = null, isTopDecisionMaker = false): Person {
  return {
    id, accountId: 'a', name: `P${id}`, title: '', department: '', buyingRole: 'influencer', stance, isTopDecisionMaker,
    authority, expertise: 3, accessToTop: 3, pinnedScore, met: false, lastContact: null, notes: '', createdAt: '', updatedAt: '',
  };
}

const people = [
  person('a', 'ally', 5, 90),
  person('b', 'supporter', 4, 70),
  person('c', 'neutral', 3, 60),
  person('d', 'opponent', 5, 80),
  person('e', 'supporter', 1, 10),
  person('f', 'unknown', 2, 40, true),
];
const ranked = rankPeople(people, computeInfluence(people, []));
const ids = (f: Partial<MapFilters>) => [...visiblePeople(ranked, { ...DEFAULT_FILTERS, ...f })].sort();

describe('visiblePeople', () => {
  it('shows everyone with no filter', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
  it('support base only keeps allies and supporters, including minor players', () => {
    expect(ids({ supportBaseOnly: true })).toEqual(['a', 'b', 'e']);
  });
  it('key people only: top N by rank', () => {
    expect(ranked.map((r) => r.person.id)).toEqual(['a', 'd', 'b', 'c', 'f', 'e']);
    expect(ids({ keyPeopleOnly: true, keyMode: 'top', topN: 2 })).toEqual(['a', 'd']);
    expect(ids({ keyPeopleOnly: true, keyMode: 'top', topN: 0 })).toEqual([]);
    expect(ids({ keyPeopleOnly: true, keyMode: 'top', topN: 99 })).toHaveLength(6);
  });
  it('key people only: score at least the threshold (inclusive)', () => {
    expect(ids({ keyPeopleOnly: true, keyMode: 'threshold', threshold: 70 })).toEqual(['a', 'b', 'd']);
    expect(ids({ keyPeopleOnly: true, keyMode: 'threshold', threshold: 71 })).toEqual(['a', 'd']);
  });
  it('both filters must hold together', () => {
    expect(ids({ supportBaseOnly: true, keyPeopleOnly: true, keyMode: 'top', topN: 3 })).toEqual(['a', 'b']);
  });
  it('top N shows exactly min(N, people) and is monotone in N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (n) => {
        const shown = visiblePeople(ranked, { ...DEFAULT_FILTERS, keyPeopleOnly: true, topN: n });
        const more = visiblePeople(ranked, { ...DEFAULT_FILTERS, keyPeopleOnly: true, topN: n + 1 });
        expect(shown.size).toBe(Math.min(n, ranked.length));
        for (const id of shown) expect(more.has(id)).toBe(true);
      }),
    );
  });
  it('isKeyPerson uses the ranking, not the input order', () => {
    const entry = ranked.find((r) => r.person.id === 'd') as RankedPerson;
    expect(isKeyPerson(entry, { keyMode: 'top', topN: 2, threshold: 0 })).toBe(true);
    expect(isKeyPerson(entry, { keyMode: 'top', topN: 1, threshold: 0 })).toBe(false);
  });
});

describe('node size by score', () => {
  it('maps 0 → 28 px and 100 → 88 px, linearly, clamped', () => {
    expect(scoreToSize(0)).toBe(MIN_NODE_SIZE);
    expect(scoreToSize(100)).toBe(MAX_NODE_SIZE);
    expect(scoreToSize(50)).toBe(58);
    expect(scoreToSize(-5)).toBe(28);
    expect(scoreToSize(250)).toBe(88);
    expect(scoreToSize(Number.NaN)).toBe(28);
  });
  it('never shrinks as the score grows', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
      expect(scoreToSize(Math.min(a, b))).toBeLessThanOrEqual(scoreToSize(Math.max(a, b)));
    }));
  });
  it('marks the support base, minor players (not the top decision-maker) and filtered-out people', () => {
    const byId = new Map(ranked.map((r) => [r.person.id, r]));
    const visible = new Set(['a']);
    expect(nodeMarks(byId.get('a')!, visible)).toMatchObject({ support: true, minor: false, hidden: false, size: scoreToSize(90), rank: 1 });
    expect(nodeMarks(byId.get('e')!, visible)).toMatchObject({ support: true, minor: true, hidden: true });
    expect(byId.get('f')!.influence.score).toBeGreaterThan(MINOR_PLAYER_SCORE);
    expect(nodeMarks(byId.get('d')!, null)).toMatchObject({ support: false, hidden: false });
    const lowTop = rankPeople([person('z', 'neutral', 1, 5, true)], computeInfluence([person('z', 'neutral', 1, 5, true)], []))[0]!;
    expect(nodeMarks(lowTop, null).minor).toBe(false);
  });
});
