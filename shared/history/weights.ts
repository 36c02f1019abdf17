// How much one person's stance counts in the daily net support. The full influence score needs the
// whole network (recomputed for every changed day it costs far more than the 50 ms series budget),
// so the series uses its ratings-only part: what the rep rated, or the score they pinned.
import type { BuyingRole, Person } from '../domain/model';

const ROLE_POINTS: Record<BuyingRole, number> = {
  'decision-maker': 25,
  approver: 20,
  influencer: 15,
  evaluator: 12,
  gatekeeper: 8,
  user: 6,
  unknown: 5,
};

/** 1…101: never zero, so an assessed person always counts. */
export function ratingWeight(p: Person): number {
  if (p.pinnedScore !== null) return 1 + p.pinnedScore;
  const authority = ((p.authority - 1) / 4) * 35;
  const expertise = ((p.expertise - 1) / 4) * 20;
  const access = ((p.accessToTop - 1) / 4) * 15;
  const top = p.isTopDecisionMaker ? 5 : 0;
  return 1 + Math.min(100, authority + expertise + access + ROLE_POINTS[p.buyingRole] + top);
}
