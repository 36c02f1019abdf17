// The visit form's values and what they become: prefilled values for logging, planning or editing a
// visit, and the createVisit / updateVisit input built from them (pure, so tests need no browser).
import { addDays } from '../../../shared/history/days';
import type { Stance } from '../../../shared/domain/model';
import type { Input } from '../../../shared/ipc/contract';
import type { Money, NextStepOwner, Visit, VisitKind } from '../../../shared/visits/model';

/** log: a visit just held · plan: a visit to come · edit: a stored visit (`logIt` logs a plan). */
export type FormMode = 'log' | 'plan' | 'edit';

/** Days from the visit to the next step's default due date. */
export const NEXT_STEP_DAYS = 7;
/** Days from today to a planned visit's default date. */
export const PLAN_DAYS = 7;
export const DEFAULT_CURRENCY = 'CNY';

export interface AttendeeValues {
  personId: string;
  needs: string;
  wants: string;
  /** '' = unchanged. */
  stanceAfter: Stance | '';
  /** A stored visit: the stance they had when it was logged (shown as "was"); new visits show today's. */
  stanceBefore?: Stance | null;
}

export interface VisitFormValues {
  planned: boolean;
  date: string;
  kind: VisitKind;
  attendees: AttendeeValues[];
  learned: string;
  objective: string;
  ours: string;
  budgetFacts: string;
  budgetOwnerId: string;
  travel: string;
  travelCurrency: string;
  samples: string;
  samplesCurrency: string;
  hours: string;
  nextWhat: string;
  nextDue: string;
  nextOwner: NextStepOwner;
  noNext: boolean;
  noNextReason: string;
}

export type VisitField = keyof VisitFormValues | `attendee.${number}.${'needs' | 'wants' | 'stanceAfter'}`;

export const attendee = (personId: string): AttendeeValues => ({ personId, needs: '', wants: '', stanceAfter: '' });

/** A new visit: logged today (or planned a week ahead), with the people chosen on the map. */
export function newVisitValues(today: string, attendeeIds: readonly string[], planned: boolean): VisitFormValues {
  const date = planned ? addDays(today, PLAN_DAYS) : today;
  return {
    planned,
    date,
    kind: 'visit',
    attendees: [...new Set(attendeeIds)].map(attendee),
    learned: '',
    objective: '',
    ours: '',
    budgetFacts: '',
    budgetOwnerId: '',
    travel: '',
    travelCurrency: DEFAULT_CURRENCY,
    samples: '',
    samplesCurrency: DEFAULT_CURRENCY,
    hours: '',
    nextWhat: '',
    nextDue: addDays(date, NEXT_STEP_DAYS),
    nextOwner: 'us',
    noNext: false,
    noNextReason: '',
  };
}

const amountText = (m: Money | null): string => (m ? String(m.amount) : '');

/** A stored visit in the form; `logIt` turns a plan into a visit held (on its day, or today if that is later). */
export function visitValues(visit: Visit, today: string, logIt = false): VisitFormValues {
  const planned = visit.status === 'planned' && !logIt;
  const date = logIt && visit.date > today ? today : visit.date;
  return {
    planned,
    date,
    kind: visit.kind,
    attendees: visit.attendees.map((a) => ({ personId: a.personId, needs: a.needs, wants: a.wants, stanceAfter: a.stanceAfter ?? '', stanceBefore: a.stanceBefore })),
    learned: visit.learned,
    objective: visit.objective,
    ours: visit.ours,
    budgetFacts: visit.budgetFacts,
    budgetOwnerId: visit.budgetOwnerId ?? '',
    travel: amountText(visit.cost.travel),
    travelCurrency: visit.cost.travel?.currency ?? DEFAULT_CURRENCY,
    samples: amountText(visit.cost.samples),
    samplesCurrency: visit.cost.samples?.currency ?? DEFAULT_CURRENCY,
    hours: visit.cost.hours === null ? '' : String(visit.cost.hours),
    nextWhat: visit.nextStep?.what ?? '',
    nextDue: visit.nextStep?.due ?? addDays(date, NEXT_STEP_DAYS),
    nextOwner: visit.nextStep?.owner ?? 'us',
    noNext: visit.status === 'logged' && visit.noNextStepReason !== null,
    noNextReason: visit.noNextStepReason ?? '',
  };
}

/** The fields both calls take (createVisit adds the account; updateVisit sends them as the patch). */
export type VisitFields = Omit<Input<'createVisit'>, 'accountId'>;

/** "1 200,50" or "1,200.5" → 1200.5; '' → null; anything else → NaN. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(/[\s,，]/g, '');
  if (s === '') return null;
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

type Built = { ok: true; fields: VisitFields } | { ok: false; errors: Partial<Record<VisitField, string>> };

/**
 * The call's fields, or the number fields that do not read as numbers (as error keys). When editing,
 * only stances the rep changed are sent: sending one again would set it on the map again.
 */
export function buildVisitFields(v: VisitFormValues, original: Visit | null = null): Built {
  const errors: Partial<Record<VisitField, string>> = {};
  const money = (field: 'travel' | 'samples', currency: string): Money | null => {
    const amount = parseNumber(v[field]);
    if (amount === null) return null;
    if (Number.isNaN(amount)) errors[field] = 'error.visit.amountInvalid';
    return { amount, currency: currency.trim() || DEFAULT_CURRENCY };
  };
  const travel = money('travel', v.travelCurrency);
  const samples = money('samples', v.samplesCurrency);
  const hours = parseNumber(v.hours);
  if (hours !== null && Number.isNaN(hours)) errors.hours = 'error.visit.hoursInvalid';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const before = new Map((original?.attendees ?? []).map((a) => [a.personId, a.stanceAfter]));
  const attendees = v.attendees.map((a) => {
    const stanceAfter = a.stanceAfter === '' ? null : a.stanceAfter;
    const changed = !original || !before.has(a.personId) || before.get(a.personId) !== stanceAfter;
    return { personId: a.personId, needs: a.needs, wants: a.wants, ...(!v.planned && changed ? { stanceAfter } : {}) };
  });
  const outcome = v.planned
    ? { nextStep: null, noNextStep: null }
    : v.noNext
      ? { nextStep: null, noNextStep: { reason: v.noNextReason } }
      : // A blank step is "none given": the service then says every visit needs one (or a reason).
        { nextStep: v.nextWhat.trim() === '' ? null : { what: v.nextWhat, due: v.nextDue, owner: v.nextOwner }, noNextStep: null };
  const fields: VisitFields = {
    date: v.date,
    kind: v.kind,
    status: v.planned ? 'planned' : 'logged',
    attendees,
    objective: v.objective,
    ours: v.ours,
    budgetOwnerId: v.budgetOwnerId || null,
    ...outcome,
    ...(v.planned ? {} : { learned: v.learned, budgetFacts: v.budgetFacts, cost: { travel, samples, hours } }),
  };
  return { ok: true, fields };
}

/** A service error's path ("patch.nextStep.due", "attendees.1.stanceAfter") → the form field it belongs to. */
export function visitFieldOf(path: string): VisitField | '' {
  const parts = path.split('.').filter((p) => p !== 'patch');
  const [head = '', second = '', third = ''] = parts;
  switch (head) {
    case 'attendees':
      if (/^\d+$/.test(second) && (third === 'needs' || third === 'wants' || third === 'stanceAfter')) return `attendee.${Number(second)}.${third}`;
      return 'attendees';
    case 'nextStep':
      return second === 'due' ? 'nextDue' : second === 'owner' ? 'nextOwner' : 'nextWhat';
    case 'noNextStep':
      return 'noNextReason';
    case 'cost':
      if (second === 'hours') return 'hours';
      if (second === 'travel' || second === 'samples') return third === 'currency' ? `${second}Currency` : second;
      return 'travel';
    case 'date':
    case 'kind':
    case 'objective':
    case 'learned':
    case 'ours':
    case 'budgetFacts':
    case 'budgetOwnerId':
      return head;
    case 'status':
      return 'date';
    default:
      return '';
  }
}
