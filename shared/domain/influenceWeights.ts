// The weights of the influence score (shared/domain/README.md), in one place so the README, the UI legend and
// the tests can all quote them. Base parts are whole points, so only the network part needs rounding.
import type { BuyingRole } from './model';

/** Points per rating step (ratings 1–5; not rated counts as 3): authority 6–30, expertise 3–15, access to the top 3–15. */
export const AUTHORITY_POINTS_PER_STEP = 6;
export const EXPERTISE_POINTS_PER_STEP = 3;
export const ACCESS_POINTS_PER_STEP = 3;

/** Buying-role points: who signs matters most; gatekeepers and users can still block (小鬼). */
export const ROLE_POINTS: Record<BuyingRole, number> = {
  'decision-maker': 20,
  approver: 16,
  influencer: 12,
  evaluator: 8,
  gatekeeper: 5,
  user: 4,
  unknown: 2,
};

/**
 * Decision power (决定力): the top decision-maker decides, so their access part is always the maximum
 * (full access to the top: they are the top) and their role part at least that of a decision-maker.
 */
export const TOP_ACCESS_POINTS = 5 * ACCESS_POINTS_PER_STEP;
export const TOP_ROLE_POINTS = ROLE_POINTS['decision-maker'];

/** Base at most 30 + 20 + 15 + 15 = 80, network and via-reports parts together below 20: the total never exceeds 100. */
export const BASE_MAX = 80;
export const NETWORK_MAX = 20;

/**
 * Edge weights in twelfths (exact integer sums). "X influences Y" with strength 1/2/3 lets X draw
 * 1/3, 2/3 or all of Y's standing; "X reports to Y" gives X a quarter (proximity to power) and Y a
 * quarter of X's (a manager speaks for their team: TEAM_TWELFTHS). Being influenced gives nothing.
 */
export const EDGE_TWELFTHS_BY_STRENGTH = [4, 8, 12] as const;
export const REPORTS_TO_TWELFTHS = 3;
export const TEAM_TWELFTHS = 3;

/** Propagation stops when no score moves more than this, or after MAX_ITERATIONS rounds. */
export const CONVERGENCE_EPSILON = 1e-10;
export const MAX_ITERATIONS = 200;
