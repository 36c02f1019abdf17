// A memo for the influence score: an edit that does not touch what the score reads (a stance, the
// notes, met / last contact, a title) gives back the previous answer instead of scoring again.
import { computeInfluence, type InfluenceScore } from './influence';
import type { Person, Relationship } from './model';

type Value = string | number | boolean | null;

/**
 * Everything `computeInfluence` reads, flattened in input order: per person the id, the name (the
 * breakdown names who points flow through), top decision-maker, buying role, the three ratings and
 * the pin; per relationship its ends, type and strength. Two inputs with equal values score the same.
 */
export function influenceInputs(people: readonly Person[], relationships: readonly Relationship[]): Value[] {
  const values: Value[] = [people.length, relationships.length];
  for (const p of people) values.push(p.id, p.name, p.isTopDecisionMaker, p.buyingRole, p.authority, p.expertise, p.accessToTop, p.pinnedScore);
  for (const r of relationships) values.push(r.fromId, r.toId, r.type, r.strength);
  return values;
}

/** Compares without building anything: the common case (nothing the score reads changed) stays cheap. */
function sameInputs(values: readonly Value[], people: readonly Person[], relationships: readonly Relationship[]): boolean {
  if (values[0] !== people.length || values[1] !== relationships.length) return false;
  let i = 2;
  for (const p of people) {
    if (values[i] !== p.id || values[i + 1] !== p.name || values[i + 2] !== p.isTopDecisionMaker || values[i + 3] !== p.buyingRole) return false;
    if (values[i + 4] !== p.authority || values[i + 5] !== p.expertise || values[i + 6] !== p.accessToTop || values[i + 7] !== p.pinnedScore) return false;
    i += 8;
  }
  for (const r of relationships) {
    if (values[i] !== r.fromId || values[i + 1] !== r.toId || values[i + 2] !== r.type || values[i + 3] !== r.strength) return false;
    i += 4;
  }
  return true;
}

export type InfluenceMemo = (people: readonly Person[], relationships: readonly Relationship[]) => ReadonlyMap<string, InfluenceScore>;

/** `computeInfluence` that remembers its last `size` answers. Answers are shared: do not mutate them. */
export function createInfluenceMemo(size = 4): InfluenceMemo {
  let answers: { inputs: Value[]; scores: ReadonlyMap<string, InfluenceScore> }[] = [];
  return (people, relationships) => {
    const hit = answers.findIndex((a) => sameInputs(a.inputs, people, relationships));
    if (hit >= 0) {
      const [answer] = answers.splice(hit, 1);
      answers.unshift(answer!);
      return answer!.scores;
    }
    const scores = computeInfluence(people, relationships);
    answers = [{ inputs: influenceInputs(people, relationships), scores }, ...answers].slice(0, size);
    return scores;
  };
}
