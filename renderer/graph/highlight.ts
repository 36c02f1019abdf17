// The highlighted map (issue 3): node size by influence score, a green halo behind the support base,
// minor players small but visible, and the toolbar filters — applied as node data and classes.
import type { Core } from 'cytoscape';
import { isInSupportBase } from '../../shared/domain/model';
import type { RankedPerson } from '../../shared/domain/ranking';
import { people } from './guides';

export const MIN_NODE_SIZE = 28;
export const MAX_NODE_SIZE = 88;
/** A diamond covers half its box, so the top decision-maker is drawn larger to look as big as their score. */
export const TOP_DECISION_MAKER_SCALE = 1.2;
/** Below this score a person is a minor player (小鬼): drawn small with a quieter label, never hidden. */
export const MINOR_PLAYER_SCORE = 30;

/** Diameter in px for a 0–100 score: 28 px at 0, 88 px at 100, linear so the eye compares fairly. */
export function scoreToSize(score: number): number {
  const s = Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0;
  return Math.round((MIN_NODE_SIZE + (s / 100) * (MAX_NODE_SIZE - MIN_NODE_SIZE)) * 10) / 10;
}

export interface NodeMarks {
  size: number;
  score: number;
  rank: number;
  support: boolean;
  minor: boolean;
  hidden: boolean;
}

export function nodeMarks(entry: RankedPerson, visible: ReadonlySet<string> | null): NodeMarks {
  const score = entry.influence.score;
  return {
    size: entry.person.isTopDecisionMaker ? Math.round(scoreToSize(score) * TOP_DECISION_MAKER_SCALE) : scoreToSize(score),
    score,
    rank: entry.rank,
    support: isInSupportBase(entry.person.stance),
    minor: score < MINOR_PLAYER_SCORE && !entry.person.isTopDecisionMaker,
    hidden: visible !== null && !visible.has(entry.person.id),
  };
}

/** Writes marks onto the live map; `visible` null = no filter. People not in `ranked` are left alone. */
export function applyHighlight(cy: Core, ranked: readonly RankedPerson[], visible: ReadonlySet<string> | null): void {
  cy.batch(() => {
    for (const entry of ranked) {
      const node = cy.getElementById(entry.person.id);
      if (node.empty()) continue;
      const m = nodeMarks(entry, visible);
      if (node.data('influenceSize') !== m.size) node.data('influenceSize', m.size);
      if (node.data('score') !== m.score) node.data('score', m.score);
      // Only touch what changed: every class change restyles the node, which adds up on 2,000-person maps.
      if (node.hasClass('hl-support') !== m.support) node.toggleClass('hl-support', m.support);
      if (node.hasClass('hl-minor') !== m.minor) node.toggleClass('hl-minor', m.minor);
      if (node.hasClass('hl-hidden') !== m.hidden) node.toggleClass('hl-hidden', m.hidden);
    }
  });
}

/** Ids of the people drawn (not filtered out), for tests and the "n of m shown" count. */
export function shownNodeIds(cy: Core): string[] {
  return people(cy).filter((n) => !n.hasClass('hl-hidden')).map((n) => n.id());
}
