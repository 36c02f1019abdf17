// What-if scenarios (shared/domain/scenario.ts): the person removed with their relationships and
// positions, or their stance changed; scores, support base and paths recomputed from the result.
import { describe, expect, it } from 'vitest';
import { computeInfluence } from '../../../shared/domain/influence';
import type { AccountMap } from '../../../shared/domain/model';
import { findPaths } from '../../../shared/domain/paths';
import { applyScenario, supportBaseCount } from '../../../shared/domain/scenario';
import { account, line, person } from '../coaching/fixtures';

function sampleMap(): { map: AccountMap; top: ReturnType<typeof person>; champion: ReturnType<typeof person>; gm: ReturnType<typeof person> } {
  const top = person({ name: 'Top', isTopDecisionMaker: true, stance: 'unknown', met: false, authority: 5 });
  const gm = person({ name: 'GM', stance: 'neutral', met: true, authority: 4 });
  const champion = person({ name: 'Champion', stance: 'ally', met: true, authority: 3 });
  const fan = person({ name: 'Fan', stance: 'supporter', met: true, authority: 2 });
  const relationships = [line(gm, top, 'reports-to'), line(champion, top, 'influences', 3), line(fan, champion, 'close-to'), line(champion, gm, 'influences', 2)];
  const people = [top, gm, champion, fan];
  const map: AccountMap = { account, people, relationships, positions: people.map((p, i) => ({ personId: p.id, x: i * 100, y: 0 })) };
  return { map, top, champion, gm };
}

describe('applyScenario', () => {
  it('"left": the person, every relationship of theirs and their position are gone; scores and support base recomputed', () => {
    const { map, top, champion, gm } = sampleMap();
    const before = structuredClone(map);
    const out = applyScenario(map, { personId: champion.id, kind: 'left' });
    expect(out.people.map((p) => p.name)).toEqual(['Top', 'GM', 'Fan']);
    expect(out.relationships.some((r) => r.fromId === champion.id || r.toId === champion.id)).toBe(false);
    expect(out.relationships).toHaveLength(1);
    expect(out.positions.map((p) => p.personId)).not.toContain(champion.id);
    expect(supportBaseCount(map.people)).toBe(2);
    expect(supportBaseCount(out.people)).toBe(1);
    // Scores are recomputed without them.
    expect(computeInfluence(out.people, out.relationships).has(champion.id)).toBe(false);
    // The GM leaving takes the standing the top decision-maker draws from a direct report with them.
    const noGm = applyScenario(map, { personId: gm.id, kind: 'left' });
    const via = (s: ReturnType<typeof computeInfluence>) => s.get(top.id)!.parts.flatMap((part) => (part.through ?? []).map((v) => v.personId));
    const real = computeInfluence(map.people, map.relationships);
    const scenario = computeInfluence(noGm.people, noGm.relationships);
    expect(via(real)).toEqual([gm.id]);
    expect(via(scenario)).toEqual([]);
    expect(scenario.get(top.id)!.score).toBeLessThan(real.get(top.id)!.score);
    // The ways in to the top change: the champion's path is gone, the GM's remains.
    expect(findPaths(map.people, map.relationships, top.id).map((p) => p.people[0]!.name)).toContain('Champion');
    expect(findPaths(out.people, out.relationships, top.id).map((p) => p.people.map((x) => x.name))).toEqual([['GM', 'Top']]);
    // Nothing in the real map changed.
    expect(map).toEqual(before);
  });

  it('"opponent": the person stays with their lines, their stance is opponent, they leave the support base and carry no introduction', () => {
    const { map, top, champion } = sampleMap();
    const out = applyScenario(map, { personId: champion.id, kind: 'opponent' });
    expect(out.people.find((p) => p.id === champion.id)!.stance).toBe('opponent');
    expect(out.relationships).toEqual(map.relationships);
    expect(supportBaseCount(out.people)).toBe(1);
    expect(map.people.find((p) => p.id === champion.id)!.stance).toBe('ally');
    const introducers = findPaths(out.people, out.relationships, top.id).flatMap((p) => p.people.map((x) => x.name));
    expect(introducers).not.toContain('Champion');
  });

  it('"ally": a neutral becomes an ally and joins the support base', () => {
    const { map, gm } = sampleMap();
    const out = applyScenario(map, { personId: gm.id, kind: 'ally' });
    expect(out.people.find((p) => p.id === gm.id)!.stance).toBe('ally');
    expect(supportBaseCount(out.people)).toBe(3);
  });

  it('an unknown person leaves the map as it is', () => {
    const { map } = sampleMap();
    expect(applyScenario(map, { personId: 'nobody', kind: 'left' })).toBe(map);
  });
});
