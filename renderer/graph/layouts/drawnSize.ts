// The node diameters the map draws (highlight.ts: by influence score, the top decision-maker larger),
// for layouts that must leave room for the marks as they are on screen.
import { scoreToSize, TOP_DECISION_MAKER_SCALE } from '../highlight';
import { nodeSize } from './labelSize';
import type { LayoutInput } from './types';

/** Diameter per person: the one given, else from the score as drawn, else (no scores) from formal authority. */
export function drawnSizes(input: Pick<LayoutInput, 'people' | 'scores' | 'sizes'>): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of input.people) {
    const given = input.sizes?.get(p.id);
    const score = input.scores?.get(p.id);
    const fromScore = score === undefined ? undefined : p.isTopDecisionMaker === true ? Math.round(scoreToSize(score) * TOP_DECISION_MAKER_SCALE) : scoreToSize(score);
    out.set(p.id, given ?? fromScore ?? nodeSize(p));
  }
  return out;
}
