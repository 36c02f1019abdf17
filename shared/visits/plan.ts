// Prepare the visit (拜访准备): a one-screen plan for a planned visit, from the same input as the
// coaching rules (shared/coaching), so the plan, the card and the brief always agree. Pure data; the
// words are the UI's (plan.*). Whom to see and why, what to find out, and the method's reminders.
import { loggedVisits } from '../coaching/helpers';
import { STAGE_FOCUS, type StageFocus } from '../coaching/stageFocus';
import { HIGH_INFLUENCE_SCORE, KEY_PEOPLE, MINOR_SCORE, STALE_CONTACT_DAYS, SUGGEST_PEOPLE } from '../coaching/thresholds';
import type { CoachingInput } from '../coaching/types';
import type { Person, RelationshipStage, Stance } from '../domain/model';
import { bestIntroduction, findPaths } from '../domain/paths';
import { daysBetween } from '../history/days';
import type { Visit, VisitKind } from './model';

/** Why to see someone, in the method's order. */
export type SeeReason = 'topDecisionMaker' | 'against' | 'notContacted' | 'widenSupport';

export interface PlanPerson {
  personId: string;
  name: string;
}

export interface SeeSuggestion extends PlanPerson {
  reason: SeeReason;
  title: string;
  stance: Stance;
  score: number;
  /** Already an attendee of the planned visit. */
  attending: boolean;
  /** YYYY-MM-DD of the last contact, or null (never). */
  lastContact: string | null;
  /** notContacted: days since the last contact (null = never). */
  days: number | null;
  /** topDecisionMaker: the best way in, from the introducer to the person before them; null = no known way in. */
  via: PlanPerson[] | null;
}

export type FindOutId = 'needBehindNeed' | 'budget' | 'budgetProcess';

export interface FindOut {
  id: FindOutId;
  /** Whom to ask (the visit's attendees, else the best-placed people on our side we have met). */
  ask: PlanPerson[];
}

/** The method's reminders (禁忌 turned round), those that apply to this visit. */
export type ReminderId = 'listen' | 'fiveMinutesProduct' | 'noPriceBeforeNeeds' | 'noIdleChat' | 'leaveWithNextStep' | 'customerDifferences';

export interface VisitPlan {
  accountId: string;
  /** The day the plan was made for (today). */
  day: string;
  /** The planned visit, or null when the account has none. */
  visit: { id: string; date: string; kind: VisitKind; objective: string; attendees: PlanPerson[] } | null;
  /** No logged visit yet. */
  firstVisit: boolean;
  stage: RelationshipStage;
  focus: StageFocus[];
  see: SeeSuggestion[];
  findOut: FindOut[];
  reminders: ReminderId[];
}

const pick = (p: Pick<Person, 'id' | 'name'>): PlanPerson => ({ personId: p.id, name: p.name });

function suggestions(input: CoachingInput, attendeeIds: ReadonlySet<string>): SeeSuggestion[] {
  const out: SeeSuggestion[] = [];
  const seen = new Set<string>();
  const add = (reason: SeeReason, r: CoachingInput['ranked'][number], extra: Partial<SeeSuggestion> = {}) => {
    const p = r.person;
    if (seen.has(p.id)) return;
    seen.add(p.id);
    out.push({
      ...pick(p), reason, title: p.title, stance: p.stance, score: r.influence.score, attending: attendeeIds.has(p.id),
      lastContact: p.lastContact, days: null, via: null, ...extra,
    });
  };
  const ranked = input.ranked;
  const top = ranked.find((r) => r.person.isTopDecisionMaker);
  if (top && !top.person.met) {
    const path = bestIntroduction(findPaths(input.people, input.relationships, top.person.id));
    add('topDecisionMaker', top, { via: path ? path.people.slice(0, -1).map((p) => ({ personId: p.personId, name: p.name })) : null });
  }
  ranked
    .filter((r) => r.influence.score >= HIGH_INFLUENCE_SCORE && (r.person.stance === 'skeptic' || r.person.stance === 'opponent'))
    .slice(0, SUGGEST_PEOPLE)
    .forEach((r) => add('against', r));
  ranked
    .slice(0, KEY_PEOPLE)
    .filter((r) => r.person.lastContact === null || daysBetween(r.person.lastContact, input.today) > STALE_CONTACT_DAYS)
    .filter((r) => !seen.has(r.person.id))
    .slice(0, SUGGEST_PEOPLE)
    .forEach((r) => add('notContacted', r, { days: r.person.lastContact === null ? null : daysBetween(r.person.lastContact, input.today) }));
  ranked
    .filter((r) => r.influence.score < MINOR_SCORE && !r.person.isTopDecisionMaker && (r.person.stance === 'neutral' || r.person.stance === 'unknown'))
    .filter((r) => !seen.has(r.person.id))
    .slice(0, SUGGEST_PEOPLE)
    .forEach((r) => add('widenSupport', r));
  return out;
}

function findOut(input: CoachingInput, held: readonly Visit[], attendees: PlanPerson[]): FindOut[] {
  const friendly = input.ranked
    .map((r) => r.person)
    .filter((p) => p.met && (p.stance === 'ally' || p.stance === 'supporter'))
    .slice(0, SUGGEST_PEOPLE)
    .map(pick);
  const ask = attendees.length > 0 ? attendees : friendly;
  const a = input.account;
  const facts = held.some((v) => v.budgetFacts.trim() !== '');
  const out: FindOut[] = [{ id: 'needBehindNeed', ask }];
  if (a.budgetAmount === null && a.budgetCycle.trim() === '' && !facts) out.push({ id: 'budget', ask: friendly.length > 0 ? friendly : ask });
  if (a.budgetProcess.trim() === '' && !held.some((v) => v.budgetOwnerId !== null)) out.push({ id: 'budgetProcess', ask: friendly.length > 0 ? friendly : ask });
  return out;
}

/** Needs are clear once a logged visit recorded someone's needs (需求). */
const needsKnown = (held: readonly Visit[]) => held.some((v) => v.attendees.some((x) => x.needs.trim() !== ''));

function reminders(input: CoachingInput, held: readonly Visit[]): ReminderId[] {
  const out: ReminderId[] = ['listen'];
  if (held.length === 0) out.push('fiveMinutesProduct');
  if (input.account.stage === 'establish' || !needsKnown(held)) out.push('noPriceBeforeNeeds');
  out.push('noIdleChat', 'leaveWithNextStep', 'customerDifferences');
  return out;
}

/** The plan for `visit` (a planned visit of the account, or null) on `input.today`. */
export function planVisit(input: CoachingInput, visit: Visit | null): VisitPlan {
  const byId = new Map(input.people.map((p) => [p.id, p]));
  const attendees = (visit?.attendees ?? []).flatMap((a) => {
    const p = byId.get(a.personId);
    return p ? [pick(p)] : [];
  });
  const held = loggedVisits(input);
  return {
    accountId: input.account.id,
    day: input.today,
    visit: visit ? { id: visit.id, date: visit.date, kind: visit.kind, objective: visit.objective, attendees } : null,
    firstVisit: held.length === 0,
    stage: input.account.stage,
    focus: [...STAGE_FOCUS[input.account.stage]],
    see: input.people.length === 0 ? [] : suggestions(input, new Set(attendees.map((a) => a.personId))),
    findOut: findOut(input, held, attendees),
    reminders: reminders(input, held),
  };
}

/** The planned visit to prepare: the soonest from today on, else the latest plan left unlogged; null if none. */
export function nextPlannedVisit(visits: readonly Visit[], today: string): Visit | null {
  const plans = visits.filter((v) => v.status === 'planned').sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return plans.find((v) => v.date >= today) ?? plans[plans.length - 1] ?? null;
}
