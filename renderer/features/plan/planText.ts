// The visit plan in plain words (dialog and brief): the visit line, each suggestion with its reason,
// what to find out with whom to ask, and the reminders — in the rep's language.
import type { TFunction } from 'i18next';
import type { FindOut, SeeSuggestion, VisitPlan } from '../../../shared/visits/plan';
import { listNames } from '../../i18n/list';
import { formatDay } from '../timeline/dates';

export function visitLine(t: TFunction, visit: NonNullable<VisitPlan['visit']>, lang: string): string {
  const kind = t(`visits.kind.${visit.kind}`);
  const day = formatDay(visit.date, lang);
  return visit.attendees.length > 0 ? t('plan.visitLine', { kind, day, names: listNames(visit.attendees.map((a) => a.name), lang) }) : t('plan.visitLineNobody', { kind, day });
}

export function seeText(t: TFunction, s: SeeSuggestion): string {
  const stance = t(`stance.${s.stance}`);
  switch (s.reason) {
    case 'topDecisionMaker':
      return s.via && s.via.length > 0
        ? t('plan.see.topDecisionMaker', { name: s.name, via: s.via.map((v) => v.name).join(' → ') })
        : t('plan.see.topDecisionMakerNoWay', { name: s.name });
    case 'against':
      return t('plan.see.against', { name: s.name, stance, score: Math.round(s.score) });
    case 'notContacted':
      return s.days === null ? t('plan.see.notContactedNever', { name: s.name }) : t('plan.see.notContacted', { name: s.name, days: s.days });
    case 'widenSupport':
      return t('plan.see.widenSupport', { name: s.name, stance });
  }
  return s.name;
}

export function findOutText(t: TFunction, f: FindOut, lang: string): string {
  const what = t(`plan.findOut.${f.id}`);
  return f.ask.length > 0 ? `${what} ${t('plan.ask', { names: listNames(f.ask.map((a) => a.name), lang) })}` : what;
}

export function stageText(t: TFunction, plan: Pick<VisitPlan, 'stage' | 'focus'>, lang: string): string {
  return t('plan.stage', { stage: t(`brief.stage.${plan.stage}`), focus: listNames(plan.focus.map((f) => t(`coaching.focus.${f}`)), lang) });
}
