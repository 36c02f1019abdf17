// The score breakdown in the rep's language ("62 = authority 24 + role 18 + via Wang Li (top decision-maker) 12").
import type { TFunction } from 'i18next';
import type { InfluencePart, InfluenceScore } from '../../../shared/domain/influence';
import { formatBreakdown } from '../../../shared/domain/influenceFormat';

export function partLabel(t: TFunction, part: InfluencePart): string {
  if (part.kind === 'network' && part.via) {
    return t(part.via.isTopDecisionMaker ? 'ranking.part.viaTop' : 'ranking.part.via', { name: part.via.name });
  }
  return t(`ranking.part.${part.kind}`);
}

/** One line for the score; a pinned score adds what the ratings and network would give. */
export function breakdownText(t: TFunction, influence: InfluenceScore): string {
  const line = formatBreakdown(influence, (p) => partLabel(t, p));
  if (!influence.pinned) return line;
  return `${line}. ${t('ranking.pinnedNote', { computed: formatBreakdown(influence.computed, (p) => partLabel(t, p)) })}`;
}
