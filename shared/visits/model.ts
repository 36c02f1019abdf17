// Visits (拜访), their next steps (下一步) and an account's yearly purchases: the words of the visit
// cycle, shared by every layer. See shared/visits/README.md for the rules (planned vs logged, …).
import type { Person, Stance } from '../domain/model';

/** visit · phone/video call · site visit at our company · event · solved a problem for them (立功). */
export const VISIT_KINDS = ['visit', 'call', 'site-visit', 'event', 'solved-problem'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** planned = not held yet (the plan); logged = held and recorded (it changed the map). */
export const VISIT_STATUSES = ['planned', 'logged'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** Who does the next step: us (the rep's side) or them (the customer). */
export const NEXT_STEP_OWNERS = ['us', 'them'] as const;
export type NextStepOwner = (typeof NEXT_STEP_OWNERS)[number];

export interface Money {
  amount: number;
  /** ISO 4217 code, upper case: CNY, USD, EUR … */
  currency: string;
}

/** Our own cost of the visit (all optional). */
export interface VisitCost {
  travel: Money | null;
  samples: Money | null;
  hours: number | null;
}

/** One person of the account who attended, with what we learned about them. */
export interface VisitAttendee {
  personId: string;
  /** 需求: long-term needs of this person / their organization. */
  needs: string;
  /** 需要: passing wants, what they ask for today. */
  wants: string;
  /** Their stance when the visit was logged (null for a planned visit). */
  stanceBefore: Stance | null;
  /** The stance the rep saw after the visit, applied to the map; null = unchanged. */
  stanceAfter: Stance | null;
}

export interface NextStep {
  what: string;
  /** YYYY-MM-DD */
  due: string;
  owner: NextStepOwner;
  done: boolean;
  /** YYYY-MM-DD when done, else null. */
  doneOn: string | null;
}

export interface Visit {
  id: string;
  accountId: string;
  /** YYYY-MM-DD: the day it is planned for, or the day it was held. */
  date: string;
  kind: VisitKind;
  status: VisitStatus;
  /** What the visit should achieve, set beforehand. */
  objective: string;
  /** What we learned (信息力). */
  learned: string;
  /** Their side, at least one person of the account (a deleted person drops out). */
  attendees: VisitAttendee[];
  /** Our side, free text ("me, engineer Zhou"). */
  ours: string;
  /** Budget facts learned (amount, cycle, who decides …). */
  budgetFacts: string;
  /** The person on the map who owns the budget, if known. */
  budgetOwnerId: string | null;
  cost: VisitCost;
  /** The agreed next step; null for a planned visit or when there is none. */
  nextStep: NextStep | null;
  /** Why there is no next step (a logged visit has either this or a next step). */
  noNextStepReason: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What createVisit / updateVisit answer: the visit and the people the call changed (met, last contact, stance). */
export interface VisitWriteResult {
  visit: Visit;
  people: Person[];
}

/** One row of the rep's agenda (listNextSteps), across accounts. */
export interface NextStepItem {
  visitId: string;
  accountId: string;
  accountName: string;
  visitDate: string;
  visitKind: VisitKind;
  what: string;
  due: string;
  owner: NextStepOwner;
  done: boolean;
  doneOn: string | null;
  /** The visit's attendees on their side, in the visit's order. */
  people: Array<{ personId: string; name: string }>;
}

export interface YearlyPurchase {
  year: number;
  amount: number;
  currency: string;
}

/** The rep's own judgement of sustained purchasing (持续采购), which wins over the yearly numbers. */
export interface SustainedJudgement {
  sustained: boolean;
  reason: string;
}

/** An account's purchasing record: yearly amounts (oldest first) and the optional judgement. */
export interface AccountPurchases {
  accountId: string;
  yearly: YearlyPurchase[];
  judgement: SustainedJudgement | null;
  /** ISO instant of the last change, or null if never set. */
  updatedAt: string | null;
}
