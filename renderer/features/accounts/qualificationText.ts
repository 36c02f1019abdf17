// Key-account qualification (大客户识别) in words: the header's compact badge and the dialog's lines.
import type { TFunction } from 'i18next';
import type { Qualification } from '../../../shared/visits/qualification';
import { listNames } from '../../i18n/list';

/** "Key account" or "Not a key account yet — missing: sustained purchasing". */
export function qualificationLine(t: TFunction, q: Qualification, lang: string): string {
  if (q.qualifies) return t('accountDetails.q.qualifies');
  return t('accountDetails.q.missing', { missing: listNames(q.missing.map((m) => t(`accountDetails.q.criterion.${m}`)), lang) });
}

/** What decided sustained purchasing: the rep's judgement, the years in a row, or nothing yet. */
export function sustainedLine(t: TFunction, q: Qualification): string {
  const s = q.sustainedPurchasing;
  if (s.basis === 'judgement') return t(s.met ? 'accountDetails.q.judgedYes' : 'accountDetails.q.judgedNo', { reason: s.reason ?? '' });
  if (s.basis === 'unknown') return t('accountDetails.sustainedNotRecorded');
  return s.met ? t('accountDetails.q.yearsMet', { count: s.years.length, from: s.years[0], to: s.years[s.years.length - 1] }) : t('accountDetails.q.yearsShort', { count: s.years.length });
}
