// Visits in plain words for lists, the person panel and the chart's tooltip: who attended, the next
// step (or why there is none), and a person's record ("Met 4 times, last 3 Nov: agreed “…”").
import type { TFunction } from 'i18next';
import type { NextStep, Visit } from '../../../shared/visits/model';
import type { PersonVisitHistory } from '../../../shared/visits/history';
import { formatDay } from '../timeline/dates';

const lists = new Map<string, Intl.ListFormat>();

/** "王丽、孙美华和李强" / "Wang Li, Sun Meihua and Li Qiang", in the rep's language. */
export function joinNames(names: readonly string[], lang: string): string {
  let f = lists.get(lang);
  if (!f) {
    f = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    lists.set(lang, f);
  }
  return f.format(names);
}

/** The attendees' names as on the map now (someone no longer on the map drops out, as in the store). */
export function attendeeNames(visit: Visit, names: ReadonlyMap<string, string>): string[] {
  return visit.attendees.flatMap((a) => {
    const name = names.get(a.personId);
    return name === undefined ? [] : [name];
  });
}

/** "Send samples — due 10 Nov, by us" (done: "… — done 9 Nov"). */
export function nextStepText(t: TFunction, step: NextStep, lang: string): string {
  const when = step.done && step.doneOn ? t('visits.next.doneOn', { day: formatDay(step.doneOn, lang) }) : t('visits.next.due', { day: formatDay(step.due, lang) });
  return t('visits.next.line', { what: step.what, when, owner: t(`visits.owner.${step.owner}`) });
}

/** A person's visit record in one line, or null when no visit with them is logged. */
export function personHistoryText(t: TFunction, history: PersonVisitHistory, lang: string): string | null {
  const last = history.last;
  if (!last) return null;
  const met = history.timesMet === 1 ? t('visits.history.metOnce') : t('visits.history.metTimes', { count: history.timesMet });
  const day = formatDay(last.date, lang);
  const outcome = last.nextStep
    ? t('visits.history.agreed', { what: last.nextStep.what })
    : last.noNextStepReason !== null
      ? t('visits.history.noNext')
      : '';
  return outcome ? t('visits.history.lineWith', { met, day, outcome }) : t('visits.history.line', { met, day });
}
