// "Since your visit on Nov 3: support base 9 → 11, 许晶 ally → opponent, 2 new people, next step
// overdue by 4 days" in the rep's language (zh-CN: 11月3日, parts joined with 、). The data comes
// from shared/coaching/sinceVisit.ts.
import type { TFunction } from 'i18next';
import type { SinceVisitSummary } from '../../../shared/coaching/sinceVisit';
import { shortDay } from '../coaching/warningWords';

export function sinceSentence(s: SinceVisitSummary, t: TFunction, language: string, today: string): string {
  const stance = (x: string) => t(`brief.since.stance.${x}`);
  const parts = [t('brief.since.supportBase', { from: s.supportBase.from, to: s.supportBase.to })];
  for (const m of s.moves) parts.push(t('brief.since.move', { name: m.name, from: stance(m.from), to: stance(m.to) }));
  if (s.moreMoves > 0) parts.push(t('brief.since.moreMoves', { count: s.moreMoves }));
  if (s.newPeople > 0) parts.push(s.newPeople === 1 ? t('brief.since.newOne') : t('brief.since.newMany', { count: s.newPeople }));
  if (s.removedPeople > 0) parts.push(s.removedPeople === 1 ? t('brief.since.removedOne') : t('brief.since.removedMany', { count: s.removedPeople }));
  if (s.overdue) parts.push(s.overdue.days === 1 ? t('brief.since.overdueOne') : t('brief.since.overdue', { days: s.overdue.days }));
  return t('brief.since.sentence', { date: shortDay(s.visitDate, language, today), parts: parts.join(t('brief.since.separator')) });
}
