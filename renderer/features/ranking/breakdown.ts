// The score breakdown in the rep's language ("62 = authority 24 + role 18 + via Wang Li (top decision-maker) 12",
// "authority (not rated) 18", "via 3 reports (Liu Ting, …) 6").
import type { TFunction } from 'i18next';
import type { InfluencePart, InfluenceScore } from '../../../shared/domain/influence';
import { formatBreakdown, reportNames } from '../../../shared/domain/influenceFormat';

export function partLabel(t: TFunction, part: InfluencePart): string {
  if (part.kind === 'network' && part.via) {
    return t(part.via.isTopDecisionMaker ? 'ranking.part.viaTop' : 'ranking.part.via', { name: part.via.name });
  }
  if (part.kind === 'reports' && part.through) {
    const names = reportNames(part.through, t('ranking.separator'));
    return part.through.length === 1 ? t('ranking.part.reportsOne', { names }) : t('ranking.part.reports', { count: part.through.length, names });
  }
  const label = t(`ranking.part.${part.kind}`);
  return part.note ? t('ranking.part.withNote', { part: label, note: t(`ranking.note.${part.note}`) }) : label;
}

/** One line for the score; a pinned score adds what the ratings and network would give. */
export function breakdownText(t: TFunction, influence: InfluenceScore): string {
  const line = formatBreakdown(influence, (p) => partLabel(t, p));
  if (!influence.pinned) return line;
  return `${line}. ${t('ranking.pinnedNote', { computed: formatBreakdown(influence.computed, (p) => partLabel(t, p)) })}`;
}
