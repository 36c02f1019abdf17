// The brief's words for "since when": the change in the support base and the heading of who moved,
// counted from the last visit, the account's first day, or 30 days back.
import type { TFunction } from 'i18next';
import { shortDay } from '../coaching/warningWords';
import type { BriefData } from './loadBrief';

export interface SinceWords {
  /** "+2", "−1", "±0", or null without history. */
  deltaText: string | null;
  deltaLabel: (delta: string) => string;
  movedHeading: string;
  byDays: boolean;
  sinceDate: string;
}

export function sinceWords(data: BriefData, t: TFunction, language: string): SinceWords {
  const { changes, since, today } = data;
  const delta = changes ? changes.supportBase.delta : null;
  const deltaText = delta === null ? null : `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${Math.abs(delta)}`;
  const sinceDate = shortDay(since.day, language, today);
  const byDays = since.basis === 'days';
  const deltaLabel = (d: string) => (byDays ? t('brief.delta30', { delta: d }) : t('brief.deltaSince', { delta: d, date: sinceDate }));
  const movedHeading = byDays ? t('brief.moved') : since.basis === 'lastVisit' ? t('brief.movedSinceVisit', { date: sinceDate }) : t('brief.movedSinceFirstDay', { date: sinceDate });
  return { deltaText, deltaLabel, movedHeading, byDays, sinceDate };
}
