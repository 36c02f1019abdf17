// One-line text of a breakdown ("62 = authority 24 + role 18 + via Wang Li (top decision-maker) 12"),
// for tooltips, exports and tests; the renderer passes its own translated labels.
import type { InfluenceBreakdown, InfluencePart } from './influence';

export type PartLabel = (part: InfluencePart) => string;

const ENGLISH: PartLabel = (part) => {
  if (part.kind === 'network' && part.via) return `via ${part.via.name}${part.via.isTopDecisionMaker ? ' (top decision-maker)' : ''}`;
  return part.kind;
};

export function formatBreakdown(breakdown: InfluenceBreakdown, label: PartLabel = ENGLISH): string {
  const parts = breakdown.parts.filter((p) => p.points > 0 || p.kind === 'pinned');
  if (parts.length === 0) return `${breakdown.score}`;
  return `${breakdown.score} = ${parts.map((p) => `${label(p)} ${p.points}`).join(' + ')}`;
}
