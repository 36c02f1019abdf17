// Paths to power (shared/domain/paths.ts): who can introduce us to a person, ranked by the weakest step.
import { describe, expect, it } from 'vitest';
import { bestIntroduction, findPaths, INTRODUCTION_GRADE, PATH_MAX_STEPS, stepGrade } from '../../../shared/domain/paths';
import { line, person } from './fixtures';

const names = (paths: ReturnType<typeof findPaths>) => paths.map((p) => p.people.map((x) => x.name).join(' → '));

describe('stepGrade', () => {
  it('ally > supporter > neutral > unknown > skeptic, met beats not met, opponents never', () => {
    const order = (['ally', 'supporter', 'neutral', 'unknown', 'skeptic'] as const).flatMap((stance) => [stepGrade({ stance, met: true })!, stepGrade({ stance, met: false })!]);
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
    expect(stepGrade({ stance: 'opponent', met: true })).toBeNull();
    expect(INTRODUCTION_GRADE).toBe(stepGrade({ stance: 'neutral', met: true }));
  });
});

describe('findPaths', () => {
  it('finds the introducer through reports-to, influences and close-to lines, with the relationship of each step', () => {
    const top = person({ name: 'Top', met: false, stance: 'unknown' });
    const boss = person({ name: 'Boss', stance: 'supporter', met: false });
    const li = person({ name: 'Li', stance: 'ally' });
    const links = [line(boss, top, 'reports-to'), line(li, boss, 'influences', 3)];
    const [path] = findPaths([top, boss, li], links, top.id);
    expect(path!.people.map((p) => p.name)).toEqual(['Li', 'Boss', 'Top']);
    expect(path!.links.map((l) => [l.type, l.strength, l.forward])).toEqual([['influences', 3, true], ['reports-to', null, true]]);
    // The weakest step is Boss, a supporter not met; the target does not count.
    expect(path!.weakest).toBe(stepGrade(boss));
    // A line followed against its direction is still a way in.
    const [back] = findPaths([top, boss, li], [line(top, boss, 'reports-to'), line(boss, li, 'close-to')], top.id);
    expect(back!.links.map((l) => l.forward)).toEqual([false, false]);
  });

  it('never uses conflicts-with, never goes through an opponent, and starts only at someone we have met', () => {
    const top = person({ name: 'Top', met: false });
    const foe = person({ name: 'Foe', stance: 'opponent' });
    const rival = person({ name: 'Rival', stance: 'ally' });
    const stranger = person({ name: 'Stranger', stance: 'ally', met: false });
    const me = person({ name: 'Friend', stance: 'ally' });
    const links = [line(rival, top, 'conflicts-with'), line(me, foe), line(foe, top), line(stranger, top)];
    expect(findPaths([top, foe, rival, stranger, me], links, top.id)).toEqual([]);
  });

  it('ranks by the weakest step, then fewer steps, then the stronger line; one path per introducer, at most 5', () => {
    const top = person({ name: 'Top', met: false });
    const ally = person({ name: 'A-ally', stance: 'ally' });
    const viaSkeptic = person({ name: 'B-skeptic', stance: 'skeptic' });
    const sup = person({ name: 'C-sup', stance: 'supporter' });
    const neutral = person({ name: 'D-neutral', stance: 'neutral' });
    const weak = person({ name: 'E-weak', stance: 'supporter' });
    const allyFar = person({ name: 'F-ally', stance: 'ally' });
    const links = [
      line(ally, viaSkeptic), line(viaSkeptic, top), // A's only way is through a skeptic
      line(sup, top, 'influences', 3),
      line(weak, top, 'influences', 1),
      line(neutral, top),
      line(allyFar, sup), // two steps, both supporters or better
    ];
    const got = findPaths([top, ally, viaSkeptic, sup, neutral, weak, allyFar], links, top.id);
    expect(names(got)).toEqual(['C-sup → Top', 'E-weak → Top', 'F-ally → C-sup → Top', 'D-neutral → Top', 'B-skeptic → Top']);
    expect(findPaths([top, ally, viaSkeptic, sup, neutral, weak, allyFar], links, top.id, 10)).toHaveLength(6);
  });

  it(`stops after ${PATH_MAX_STEPS} steps`, () => {
    const chain = [person({ name: 'Top', met: false }), ...Array.from({ length: PATH_MAX_STEPS + 1 }, (_, i) => person({ name: `N${i}`, stance: 'ally', met: i === PATH_MAX_STEPS }))];
    const links = chain.slice(1).map((p, i) => line(p, chain[i]!));
    expect(findPaths(chain, links, chain[0]!.id)).toEqual([]);
    const shorter = chain.slice(0, PATH_MAX_STEPS + 1).map((p, i) => (i === PATH_MAX_STEPS ? { ...p, met: true } : p));
    expect(findPaths(shorter, links.slice(0, PATH_MAX_STEPS), chain[0]!.id)[0]!.links).toHaveLength(PATH_MAX_STEPS);
  });

  it('bestIntroduction keeps only paths whose every step is an ally, a supporter or a neutral we have met', () => {
    const top = person({ name: 'Top', met: false });
    const sk = person({ name: 'Sk', stance: 'skeptic' });
    const unknownNotMet = person({ name: 'U', stance: 'unknown', met: false });
    const ally = person({ name: 'Al', stance: 'ally' });
    expect(bestIntroduction(findPaths([top, sk], [line(sk, top)], top.id))).toBeNull();
    expect(bestIntroduction(findPaths([top, unknownNotMet, ally], [line(ally, unknownNotMet), line(unknownNotMet, top)], top.id))).toBeNull();
    expect(bestIntroduction(findPaths([top, ally], [line(ally, top)], top.id))?.people[0]!.name).toBe('Al');
  });

  it('is cheap on a big account', () => {
    const people = [person({ name: 'Top', met: false }), ...Array.from({ length: 2000 }, (_, i) => person({ name: `X${i}`, stance: i % 7 === 0 ? 'opponent' : 'supporter', met: i % 3 === 0 }))];
    const links = people.slice(1).flatMap((p, i) => [line(p, people[Math.floor(i / 4)]!, 'reports-to'), line(p, people[(i * 37) % people.length]!, 'influences', 2)]);
    const t0 = performance.now();
    const got = findPaths(people, links, people[0]!.id);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(got).toHaveLength(5);
  });
});
