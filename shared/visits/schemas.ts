// zod inputs of the visit, next-step and yearly-purchase calls (spread into shared/ipc/contract.ts by
// ./contractCalls.ts). Messages are i18n keys. Rules that need the database or today (attendees of the
// account, a logged visit not in the future, a next step required) are checked by the service.
import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { id, isoDate, notesText, optionalLine, requiredLine, stance } from '../domain/schemas';
import { VISIT_LIMITS } from './limits';
import { NEXT_STEP_OWNERS, VISIT_KINDS, VISIT_STATUSES } from './model';

/** Multi-line text, trimmed (may be empty). */
const trimmedNotes = notesText.transform((s) => s.trim());

const amount = z
  .number({ error: 'error.visit.amountInvalid' })
  .finite({ error: 'error.visit.amountInvalid' })
  .min(0, { error: 'error.visit.amountInvalid' })
  .max(LIMITS.budgetMax, { error: 'error.visit.amountInvalid' });

/** ISO 4217 code; lower case is accepted and stored upper case. */
export const currency = z
  .string({ error: 'error.visit.currencyInvalid' })
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}$/, { error: 'error.visit.currencyInvalid' }));

export const money = z.object({ amount, currency }).strict();

export const visitKind = z.enum(VISIT_KINDS, { error: 'error.enum.visitKind' });
export const visitStatus = z.enum(VISIT_STATUSES, { error: 'error.enum.visitStatus' });
export const nextStepOwner = z.enum(NEXT_STEP_OWNERS, { error: 'error.enum.nextStepOwner' });

export const visitCost = z
  .object({
    travel: money.nullable().optional(),
    samples: money.nullable().optional(),
    hours: z
      .number({ error: 'error.visit.hoursInvalid' })
      .finite({ error: 'error.visit.hoursInvalid' })
      .min(0, { error: 'error.visit.hoursInvalid' })
      .max(VISIT_LIMITS.hoursMax, { error: 'error.visit.hoursInvalid' })
      .nullable()
      .optional(),
  })
  .strict();

export const attendeeInput = z
  .object({
    personId: id,
    needs: trimmedNotes.optional(),
    wants: trimmedNotes.optional(),
    /** The stance seen after the visit; applied to the person when the visit is logged. */
    stanceAfter: stance.nullable().optional(),
  })
  .strict();

const attendees = z
  .array(attendeeInput, { error: 'error.visit.attendeesRequired' })
  .min(1, { error: 'error.visit.attendeesRequired' })
  .max(VISIT_LIMITS.attendeesMax, { error: 'error.visit.tooManyAttendees' })
  .refine((list) => new Set(list.map((a) => a.personId)).size === list.length, { error: 'error.visit.duplicateAttendee' });

export const nextStepInput = z
  .object({ what: requiredLine(LIMITS.shortTextMax), due: isoDate, owner: nextStepOwner })
  .strict();

export const noNextStepInput = z.object({ reason: requiredLine(LIMITS.shortTextMax) }).strict();

const visitFields = {
  date: isoDate,
  kind: visitKind,
  /** Default: logged when the date is today or earlier, planned when it is later. */
  status: visitStatus.optional(),
  objective: trimmedNotes.optional(),
  learned: trimmedNotes.optional(),
  attendees,
  ours: optionalLine(LIMITS.shortTextMax).optional(),
  budgetFacts: trimmedNotes.optional(),
  budgetOwnerId: id.nullable().optional(),
  cost: visitCost.optional(),
  nextStep: nextStepInput.nullable().optional(),
  noNextStep: noNextStepInput.nullable().optional(),
};

const notBoth = (v: { nextStep?: unknown; noNextStep?: unknown }) => !(v.nextStep && v.noNextStep);
const notBothError = { error: 'error.visit.nextStepAndNoNextStep', path: ['noNextStep'] };

export const visitInputs = {
  createVisit: z.object({ accountId: id, ...visitFields }).strict().refine(notBoth, notBothError),
  /** Fields present replace the stored ones; `attendees` replaces the whole list. */
  updateVisit: z
    .object({ id, patch: z.object(visitFields).partial().strict().refine(notBoth, notBothError) })
    .strict(),
  deleteVisit: z.object({ id }).strict(),
  /** Newest first, planned ones included. */
  listVisits: z.object({ accountId: id }).strict(),
  listNextSteps: z
    .object({
      /** Only steps due strictly before this day (e.g. today + 7 for "this week and overdue"). */
      dueBefore: isoDate.optional(),
      /** Also steps already done (default: open ones only). */
      includeDone: z.boolean({ error: 'error.boolean.invalid' }).optional(),
    })
    .strict(),
  /** Per account: last visit date and the next step due first (the accounts list). */
  listVisitSummaries: z.object({}).strict(),
  completeNextStep: z
    .object({
      visitId: id,
      done: z.boolean({ error: 'error.boolean.invalid' }),
      /** The day it was done (default today); ignored when done is false. */
      doneOn: isoDate.optional(),
    })
    .strict(),
  getYearlyPurchases: z.object({ accountId: id }).strict(),
  /** The plan for a planned visit of the account (default: the next planned one), from today's data. */
  getVisitPlan: z.object({ accountId: id, visitId: id.optional() }).strict(),
  /** Replaces the account's yearly purchases and judgement as a whole (the form edits the full table). */
  setYearlyPurchases: z
    .object({
      accountId: id,
      yearly: z
        .array(
          z
            .object({
              year: z
                .number({ error: 'error.visit.yearInvalid' })
                .int({ error: 'error.visit.yearInvalid' })
                .min(VISIT_LIMITS.yearMin, { error: 'error.visit.yearInvalid' })
                .max(VISIT_LIMITS.yearMax, { error: 'error.visit.yearInvalid' }),
              amount,
              currency,
            })
            .strict(),
        )
        .max(VISIT_LIMITS.yearsMax, { error: 'error.visit.tooManyYears' })
        .refine((list) => new Set(list.map((y) => y.year)).size === list.length, { error: 'error.visit.duplicateYear' }),
      judgement: z.object({ sustained: z.boolean({ error: 'error.boolean.invalid' }), reason: requiredLine(LIMITS.shortTextMax) }).strict().nullable(),
    })
    .strict(),
} as const;
