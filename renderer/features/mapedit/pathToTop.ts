// "Show the path to the top decision-maker" from a person: the fewest lines from them to the top
// decision-maker over reports-to, influences and close-to (never conflicts-with), either direction.
// The Ways-in section ranks introductions to a person; this answers "how does this one reach the top".
import type { AccountMap } from '../../../shared/domain/model';
import type { PathMarks } from '../../graph/pathHighlight';

export interface TopPath extends PathMarks {
  /** Names in order, from the person to the top decision-maker. */
  names: string[];
}

export function topDecisionMakerOf(map: AccountMap): string | null {
  return map.people.find((p) => p.isTopDecisionMaker)?.id ?? null;
}

/** The shortest path from `personId` to the top decision-maker, or null (no top, it is them, or no way). */
export function pathToTop(map: AccountMap, personId: string): TopPath | null {
  const top = topDecisionMakerOf(map);
  if (!top || top === personId || !map.people.some((p) => p.id === personId)) return null;
  const next = new Map<string, Array<{ to: string; relId: string }>>();
  const link = (a: string, b: string, relId: string) => {
    let list = next.get(a);
    if (!list) next.set(a, (list = []));
    list.push({ to: b, relId });
  };
  // Sorted by id, so ties between equally short paths always resolve the same way.
  for (const r of [...map.relationships].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (r.type === 'conflicts-with' || r.fromId === r.toId) continue;
    link(r.fromId, r.toId, r.id);
    link(r.toId, r.fromId, r.id);
  }
  const came = new Map<string, { from: string; relId: string } | null>([[personId, null]]);
  let frontier = [personId];
  while (frontier.length > 0 && !came.has(top)) {
    const after: string[] = [];
    for (const id of frontier) {
      for (const e of next.get(id) ?? []) {
        if (came.has(e.to)) continue;
        came.set(e.to, { from: id, relId: e.relId });
        after.push(e.to);
      }
    }
    frontier = after;
  }
  if (!came.has(top)) return null;
  const personIds: string[] = [];
  const relationshipIds: string[] = [];
  for (let at: string | undefined = top; at !== undefined; ) {
    personIds.unshift(at);
    const step: { from: string; relId: string } | null | undefined = came.get(at);
    if (!step) break;
    relationshipIds.unshift(step.relId);
    at = step.from;
  }
  const nameOf = new Map(map.people.map((p) => [p.id, p.name]));
  return { personIds, relationshipIds, names: personIds.map((id) => nameOf.get(id) ?? id) };
}
