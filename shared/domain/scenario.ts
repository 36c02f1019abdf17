// What-if scenarios: "what if X left / turned against us / became an ally?" A scenario is the current
// map with one change applied, never saved: the person (with every relationship and position of theirs)
// removed, or their stance changed. Scores, ranking, support base and paths are recomputed from the
// result by the same pure functions the real map uses, so the scenario reads exactly like the map.
import { isInSupportBase, type AccountMap, type Person } from './model';

export const SCENARIO_KINDS = ['left', 'opponent', 'ally'] as const;
/** left = left the company; opponent = turned against us; ally = became an ally. */
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

export interface Scenario {
  personId: string;
  kind: ScenarioKind;
}

/** The map as it would be after `scenario`; the input is not changed. Unknown person → the map as is. */
export function applyScenario<M extends AccountMap>(map: M, scenario: Scenario): M {
  const { personId, kind } = scenario;
  if (!map.people.some((p) => p.id === personId)) return map;
  if (kind === 'left') {
    return {
      ...map,
      people: map.people.filter((p) => p.id !== personId),
      relationships: map.relationships.filter((r) => r.fromId !== personId && r.toId !== personId),
      positions: map.positions.filter((p) => p.personId !== personId),
    };
  }
  const stance = kind === 'opponent' ? 'opponent' : 'ally';
  return { ...map, people: map.people.map((p): Person => (p.id === personId ? { ...p, stance } : p)) };
}

/** Allies and supporters: the support base's size. */
export function supportBaseCount(people: ReadonlyArray<Pick<Person, 'stance'>>): number {
  return people.filter((p) => isInSupportBase(p.stance)).length;
}
