// Visits and next steps as marks on the support-over-time chart: a mark on each day a visit was held
// and on each day a next step falls due, each with its lines for the tooltip (kind, who, what was agreed).
import type { TFunction } from 'i18next';
import type { Visit } from '../../../shared/visits/model';
import { attendeeNames, joinNames, nextStepText } from '../visits/visitText';

export interface EventMark {
  day: string;
  kind: 'visit' | 'due';
  /** The tooltip's lines for this mark, already in words (escaped when drawn). */
  lines: string[];
}

export interface EventMarkWords {
  visits: string;
  due: string;
}

/** Held visits on their day; next steps on their due day (done ones say so). Plans are not events yet. */
export function visitMarks(t: TFunction, visits: readonly Visit[], names: ReadonlyMap<string, string>, lang: string): EventMark[] {
  const marks: EventMark[] = [];
  for (const v of visits) {
    if (v.status !== 'logged') continue;
    const who = attendeeNames(v, names);
    const lines = [t('visits.chart.visit', { kind: t(`visits.kind.${v.kind}`), names: who.length ? joinNames(who, lang) : t('visits.nobody') })];
    if (v.nextStep) lines.push(t('visits.chart.agreed', { step: nextStepText(t, v.nextStep, lang) }));
    else if (v.noNextStepReason !== null) lines.push(t('visits.chart.noNext', { reason: v.noNextStepReason }));
    marks.push({ day: v.date, kind: 'visit', lines });
    if (v.nextStep) {
      const step = v.nextStep;
      const line = step.done ? t('visits.chart.dueDone', { what: step.what }) : t('visits.chart.dueStep', { what: step.what, owner: t(`visits.owner.${step.owner}`) });
      marks.push({ day: step.due, kind: 'due', lines: [line] });
    }
  }
  return marks.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

export function eventMarkWords(t: TFunction): EventMarkWords {
  return { visits: t('visits.chart.visits'), due: t('visits.chart.due') };
}
