// Paths to power: "who can introduce me to X?" A path runs from someone we have met (the introducer)
// through reports-to, influences and close-to lines (never conflicts-with, never through an opponent)
// to X. It is as good as its weakest step, so paths are ranked by the weakest person on them (the
// target itself does not count), then by fewer steps, then by the weakest line.
import { compareNames } from './ranking';
import type { Person, Relationship, RelationshipType, Stance } from './model';

/** At most this many lines from the introducer to the target. */
export const PATH_MAX_STEPS = 4;
/** At most this many paths, each from a different introducer. */
export const PATHS_MAX = 5;

const STANCE_GRADE: Record<Stance, number | null> = { ally: 5, supporter: 4, neutral: 3, unknown: 2, skeptic: 1, opponent: null };

/**
 * How well a person carries an introduction: ally > supporter > neutral > unknown > skeptic, and
 * within one stance, met beats not met (ally 11, ally not met 10, supporter 9 … skeptic not met 2).
 * Opponents never carry one (null).
 */
export function stepGrade(p: Pick<Person, 'stance' | 'met'>): number | null {
  const g = STANCE_GRADE[p.stance];
  return g === null ? null : g * 2 + (p.met ? 1 : 0);
}

/** The weakest grade that still carries an introduction: a neutral we have met (allies and supporters always do). */
export const INTRODUCTION_GRADE = stepGrade({ stance: 'neutral', met: true })!;

export interface PathPerson {
  personId: string;
  name: string;
  stance: Stance;
  met: boolean;
}

export interface PathLink {
  relationshipId: string;
  type: Exclude<RelationshipType, 'conflicts-with'>;
  strength: number | null;
  /** True when the relationship points from the earlier person on the path to the later one. */
  forward: boolean;
}

export interface PersonPath {
  /** From the introducer (someone we have met) to the target, in order. */
  people: PathPerson[];
  /** links[i] joins people[i] and people[i + 1]. */
  links: PathLink[];
  /** The grade of the weakest person on the path, target excluded (see stepGrade). */
  weakest: number;
}

/** How strongly a line carries a word: influences by its strength 1–3, reports-to and close-to 2. */
function lineWeight(r: Relationship): number {
  return r.type === 'influences' ? (r.strength ?? 1) : 2;
}

interface Edge {
  to: string;
  rel: Relationship;
  weight: number;
}

function adjacency(relationships: readonly Relationship[], ids: ReadonlySet<string>): Map<string, Edge[]> {
  // The strongest line between each pair of people; conflicts-with is never a step.
  const best = new Map<string, Edge & { from: string }>();
  for (const r of relationships) {
    if (r.type === 'conflicts-with' || r.fromId === r.toId || !ids.has(r.fromId) || !ids.has(r.toId)) continue;
    const key = r.fromId < r.toId ? `${r.fromId}\u0000${r.toId}` : `${r.toId}\u0000${r.fromId}`;
    const weight = lineWeight(r);
    const had = best.get(key);
    if (!had || weight > had.weight || (weight === had.weight && r.id < had.rel.id)) best.set(key, { from: r.fromId, to: r.toId, rel: r, weight });
  }
  const out = new Map<string, Edge[]>();
  const push = (a: string, e: Edge) => {
    let list = out.get(a);
    if (!list) out.set(a, (list = []));
    list.push(e);
  };
  for (const e of best.values()) {
    push(e.from, { to: e.to, rel: e.rel, weight: e.weight });
    push(e.to, { to: e.from, rel: e.rel, weight: e.weight });
  }
  return out;
}

/**
 * Up to `max` paths to `targetId`, best first, each from a different introducer. One breadth-first
 * search from the target per grade level: the first level at which an introducer reaches the target
 * is its path's weakest step, the search depth its number of steps.
 */
export function findPaths(
  people: readonly Person[],
  relationships: readonly Relationship[],
  targetId: string,
  max: number = PATHS_MAX,
): PersonPath[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  if (!byId.has(targetId) || max <= 0) return [];
  const edges = adjacency(relationships, new Set(byId.keys()));
  const grade = new Map<string, number | null>(people.map((p) => [p.id, stepGrade(p)]));
  const levels = [...new Set([...grade.values()].filter((g): g is number => g !== null))].sort((a, b) => b - a);
  const found = new Map<string, PersonPath>();
  for (const level of levels) {
    const allowed = (id: string) => id === targetId || (grade.get(id) ?? -1) >= level;
    // dist = lines from the person to the target inside this level's people.
    const dist = new Map<string, number>([[targetId, 0]]);
    let frontier = [targetId];
    for (let d = 1; d <= PATH_MAX_STEPS && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const e of edges.get(id) ?? []) {
          if (dist.has(e.to) || !allowed(e.to)) continue;
          dist.set(e.to, d);
          next.push(e.to);
        }
      }
      frontier = next;
    }
    const best = new Map<string, { weight: number; via: Edge | null }>([[targetId, { weight: Infinity, via: null }]]);
    const bestFrom = (id: string): { weight: number; via: Edge | null } => {
      const known = best.get(id);
      if (known) return known;
      // Among the shortest ways on, the one whose weakest line is strongest.
      const d = dist.get(id)!;
      let pick: { weight: number; via: Edge | null } = { weight: -1, via: null };
      for (const e of edges.get(id) ?? []) {
        if (dist.get(e.to) !== d - 1) continue;
        const w = Math.min(e.weight, bestFrom(e.to).weight);
        if (!pick.via || w > pick.weight || (w === pick.weight && better(e.to, pick.via.to))) pick = { weight: w, via: e };
      }
      best.set(id, pick);
      return pick;
    };
    // Ties between equally good ways on: the better person, then the id (cheap and stable).
    const better = (a: string, b: string): boolean => {
      const ga = grade.get(a) ?? 0;
      const gb = grade.get(b) ?? 0;
      return ga !== gb ? ga > gb : a < b;
    };
    // Introducers first reached at this level rank below every earlier one, so only the few with the
    // fewest steps can still make the list (those tied on steps are compared by their lines).
    const fresh: Array<[string, number]> = [];
    for (const [id, d] of dist) if (d > 0 && !found.has(id) && byId.get(id)!.met) fresh.push([id, d]);
    fresh.sort((a, b) => a[1] - b[1]);
    const need = max - found.size;
    const cutoff = fresh.length > need ? fresh[need - 1]![1] : Infinity;
    for (const [id, d] of fresh) {
      if (d > cutoff) break;
      const path: PersonPath = { people: [], links: [], weakest: Infinity };
      for (let at: string = id; ; ) {
        const p = byId.get(at)!;
        path.people.push({ personId: p.id, name: p.name, stance: p.stance, met: p.met });
        const via = bestFrom(at).via;
        if (!via) break;
        path.weakest = Math.min(path.weakest, grade.get(at)!);
        const type = via.rel.type as PathLink['type'];
        path.links.push({ relationshipId: via.rel.id, type, strength: via.rel.strength, forward: via.rel.fromId === at });
        at = via.to;
      }
      found.set(id, path);
    }
    if (found.size >= max) break;
  }
  return [...found.values()].sort(comparePaths).slice(0, max);
}

const weakestLine = (path: PersonPath): number =>
  path.links.reduce((w, l) => Math.min(w, l.type === 'influences' ? (l.strength ?? 1) : 2), Infinity);

function comparePaths(a: PersonPath, b: PersonPath): number {
  return (
    b.weakest - a.weakest ||
    a.links.length - b.links.length ||
    weakestLine(b) - weakestLine(a) ||
    compareNames(a.people[0]!.name, b.people[0]!.name) ||
    (a.people[0]!.personId < b.people[0]!.personId ? -1 : 1)
  );
}

/** The best path that carries an introduction (every step an ally, a supporter or a neutral we have met), or null. */
export function bestIntroduction(paths: readonly PersonPath[]): PersonPath | null {
  return paths.find((p) => p.weakest >= INTRODUCTION_GRADE) ?? null;
}
