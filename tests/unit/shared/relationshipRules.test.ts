// The relationship rules shared by the service and the account-file check: the batch loop check says
// exactly what adding the lines one by one (wouldCycle, as the service does) would say, only faster.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateProblem, LinkSet, loopClosingLines, storedStrengthProblem, wouldCycle } from '../../../shared/domain/relationshipRules';

/** One line at a time, refusing each that would close a loop: the service's way. */
function oneByOne(lines: ReadonlyArray<readonly [string, string]>): number[] {
  const up = new Map<string, string[]>();
  const refused: number[] = [];
  lines.forEach(([from, to], i) => {
    if (wouldCycle(from, to, { reportsTo: (id) => up.get(id) ?? [] })) refused.push(i);
    else up.set(from, [...(up.get(from) ?? []), to]);
  });
  return refused;
}

describe('relationship rules', () => {
  it('finds the same loop-closing lines as adding them one by one', () => {
    const person = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    fc.assert(
      fc.property(fc.array(fc.tuple(person, person).filter(([x, y]) => x !== y), { maxLength: 30 }), (lines) => {
        expect(loopClosingLines(lines)).toEqual(oneByOne(lines));
      }),
      { numRuns: 500 },
    );
  });

  it('checks a 20,000-person chain closed at the end in well under a second', () => {
    const lines: Array<[string, string]> = [];
    for (let i = 1; i < 20_000; i++) lines.push([`p${i}`, `p${i - 1}`]);
    lines.push(['p0', 'p19999']);
    const started = performance.now();
    expect(loopClosingLines(lines)).toEqual([lines.length - 1]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('stops after `max` loops', () => {
    const lines: Array<[string, string]> = [];
    for (let i = 0; i < 10; i++) lines.push([`a${i}`, `b${i}`], [`b${i}`, `a${i}`]);
    expect(loopClosingLines(lines, 3)).toEqual([1, 3, 5]);
  });

  it('treats close-to and conflicts-with as one relationship either way, and stores a strength only on influences', () => {
    const links = new LinkSet();
    links.add('a', 'b', 'close-to');
    links.add('a', 'b', 'influences');
    expect(duplicateProblem('b', 'a', 'close-to', links)?.messageKey).toBe('error.relationship.duplicate');
    expect(duplicateProblem('b', 'a', 'influences', links)).toBeNull();
    expect(storedStrengthProblem('influences', null)?.messageKey).toBe('error.relationship.strengthRequired');
    expect(storedStrengthProblem('close-to', 2)?.messageKey).toBe('error.relationship.strengthNotAllowed');
    expect(storedStrengthProblem('influences', 3)).toBeNull();
  });
});
