// The support base's move over a range, read from the daily support series (shared/history): its size
// at both ends and who left it. The same answer as "what changed" (shared/history/changes.ts), without
// replaying the log: the series already holds each day's size and what changed that day.
import { isInSupportBase, type Stance } from '../domain/model';
import type { PersonMove, SupportPoint } from '../history/types';
import type { SupportShift } from './types';

/** `points` are consecutive days; the first is the range's start (its end-of-day state is "before"). */
export function supportShift(points: readonly SupportPoint[]): SupportShift {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return { supportBase: { from: 0, to: 0, delta: 0 }, left: [] };
  const moves = new Map<string, { name: string; from: Stance | null; to: Stance | null }>();
  const touch = (id: string, name: string, from: Stance | null, to: Stance | null) => {
    const had = moves.get(id);
    moves.set(id, { name, from: had ? had.from : from, to });
  };
  for (const point of points.slice(1)) {
    for (const e of point.events) {
      if (e.kind === 'person-added') touch(e.personId, e.name, null, e.stance);
      else if (e.kind === 'person-removed') touch(e.personId, e.name, e.stance, null);
      else if (e.kind === 'stance-changed') touch(e.personId, e.name, e.from, e.to);
    }
  }
  const left: PersonMove[] = [];
  for (const [personId, m] of moves) {
    const wasIn = m.from !== null && isInSupportBase(m.from);
    const isIn = m.to !== null && isInSupportBase(m.to);
    if (wasIn && !isIn) left.push({ personId, name: m.name, from: m.from, to: m.to });
  }
  // Same order as getChanges lists them.
  left.sort((a, b) => a.name.localeCompare(b.name) || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  return { supportBase: { from: first.supportBase, to: last.supportBase, delta: last.supportBase - first.supportBase }, left };
}
