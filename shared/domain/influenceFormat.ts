// One-line text of a breakdown ("62 = authority 24 + role 18 + via Wang Li (top decision-maker) 12"),
// for tooltips, exports and tests; the renderer passes its own translated labels.
import type { InfluenceBreakdown, InfluencePart, InfluenceVia } from './influence';

export type PartLabel = (part: InfluencePart) => string;

/** How many names a "via reports" part lists before "…". */
export const REPORTS_NAMED = 3;

/** The names a "via reports" part lists: the first REPORTS_NAMED, then "…" when there are more. */
export function reportNames(through: readonly InfluenceVia[], separator = ', '): string {
  const shown = through.slice(0, REPORTS_NAMED).map((v) => v.name);
  return through.length > REPORTS_NAMED ? `${shown.join(separator)}${separator}…` : shown.join(separator);
}

const NOTE = { notRated: 'not rated', topDecisionMaker: 'top decision-maker' } as const;

const ENGLISH: PartLabel = (part) => {
  if (part.kind === 'network' && part.via) return `via ${part.via.name}${part.via.isTopDecisionMaker ? ' (top decision-maker)' : ''}`;
  if (part.kind === 'reports' && part.through) {
    const n = part.through.length;
    return `via ${n} report${n === 1 ? '' : 's'} (${reportNames(part.through)})`;
  }
  return part.note ? `${part.kind} (${NOTE[part.note]})` : part.kind;
};

export function formatBreakdown(breakdown: InfluenceBreakdown, label: PartLabel = ENGLISH): string {
  const parts = breakdown.parts.filter((p) => p.points > 0 || p.kind === 'pinned');
  if (parts.length === 0) return `${breakdown.score}`;
  return `${breakdown.score} = ${parts.map((p) => `${label(p)} ${p.points}`).join(' + ')}`;
}
