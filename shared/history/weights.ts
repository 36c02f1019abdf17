// How much one person's stance counts in the daily net support. The full influence score needs the
// whole network (recomputed for every changed day it costs far more than the 50 ms series budget:
// see tests/bench/series.ts), so the series uses its per-person part: the base from the rep's
// ratings and buying role (14–80), or the score the rep pinned.
import { baseParts } from '../domain/influence';
import type { Person } from '../domain/model';

export function ratingWeight(p: Person): number {
  if (p.pinnedScore !== null && Number.isFinite(p.pinnedScore)) return p.pinnedScore;
  let sum = 0;
  for (const part of baseParts(p)) sum += part.points;
  return sum;
}
