// The "visits" section of the account JSON file (version 2; a version-1 file has none and still
// imports): the account's visits, its yearly purchases and judgement, and their history rows.
//
//   "visits": { "visits": Visit[], "purchases": AccountPurchases | null,
//               "history": [{ "entity": "visit" | "purchases", "entityId", "op", "at", "day", "data" }] }
//
// History rows of people and relationships (including those a visit made) stay in the file's main
// "history" list; only visit and purchases rows live here, in log order.
import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { stance } from '../domain/schemas';
import { VISIT_LIMITS } from './limits';
import type { AccountPurchases, Visit } from './model';
import { NEXT_STEP_OWNERS, VISIT_KINDS, VISIT_STATUSES } from './model';

const idStr = z.string().min(1).max(64);
const instant = z.string().min(10).max(40);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().max(max);
const code = z.string().regex(/^[A-Z]{3}$/);
const money = z.object({ amount: z.number().finite().min(0).max(LIMITS.budgetMax), currency: code }).strict().nullable();

export const visitSchema = z
  .object({
    id: idStr,
    accountId: idStr,
    date: day,
    kind: z.enum(VISIT_KINDS),
    status: z.enum(VISIT_STATUSES),
    objective: text(LIMITS.notesMax),
    learned: text(LIMITS.notesMax),
    attendees: z
      .array(
        z
          .object({ personId: idStr, needs: text(LIMITS.notesMax), wants: text(LIMITS.notesMax), stanceBefore: stance.nullable(), stanceAfter: stance.nullable() })
          .strict(),
      )
      .max(VISIT_LIMITS.attendeesMax),
    ours: text(LIMITS.shortTextMax),
    budgetFacts: text(LIMITS.notesMax),
    budgetOwnerId: idStr.nullable(),
    cost: z.object({ travel: money, samples: money, hours: z.number().finite().min(0).max(VISIT_LIMITS.hoursMax).nullable() }).strict(),
    nextStep: z
      .object({ what: z.string().min(1).max(LIMITS.shortTextMax), due: day, owner: z.enum(NEXT_STEP_OWNERS), done: z.boolean(), doneOn: day.nullable() })
      .strict()
      .nullable(),
    noNextStepReason: z.string().min(1).max(LIMITS.shortTextMax).nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .strict();

export const purchasesSchema = z
  .object({
    accountId: idStr,
    yearly: z
      .array(z.object({ year: z.number().int().min(VISIT_LIMITS.yearMin).max(VISIT_LIMITS.yearMax), amount: z.number().finite().min(0).max(LIMITS.budgetMax), currency: code }).strict())
      .max(VISIT_LIMITS.yearsMax),
    judgement: z.object({ sustained: z.boolean(), reason: z.string().min(1).max(LIMITS.shortTextMax) }).strict().nullable(),
    updatedAt: instant.nullable(),
  })
  .strict();

export const visitsSectionSchema = z
  .object({
    visits: z.array(visitSchema),
    purchases: purchasesSchema.nullable(),
    history: z.array(
      z
        .object({ entity: z.enum(['visit', 'purchases']), entityId: idStr, op: z.enum(['create', 'update', 'delete']), at: instant, day, data: z.record(z.string(), z.unknown()) })
        .strict(),
    ),
  })
  .strict();

export type VisitHistoryRecord =
  | { entity: 'visit'; entityId: string; op: 'create' | 'update' | 'delete'; at: string; day: string; data: Visit }
  | { entity: 'purchases'; entityId: string; op: 'create' | 'update' | 'delete'; at: string; day: string; data: AccountPurchases };

export interface VisitsSection {
  visits: Visit[];
  purchases: AccountPurchases | null;
  history: VisitHistoryRecord[];
}

export const purchasesEntityId = (accountId: string): string => `purchases:${accountId}`;

/** The dotted path (inside the section) of the first reference that points outside the file, or null. */
export function brokenVisitsReference(section: VisitsSection, accountId: string, personIds: ReadonlySet<string>): string | null {
  const visitIds = new Set<string>();
  for (const [i, v] of section.visits.entries()) {
    if (v.accountId !== accountId || visitIds.has(v.id)) return `visits.visits.${i}`;
    if (v.attendees.some((a) => !personIds.has(a.personId))) return `visits.visits.${i}.attendees`;
    if (new Set(v.attendees.map((a) => a.personId)).size !== v.attendees.length) return `visits.visits.${i}.attendees`;
    if (v.budgetOwnerId !== null && !personIds.has(v.budgetOwnerId)) return `visits.visits.${i}.budgetOwnerId`;
    visitIds.add(v.id);
  }
  if (section.purchases && section.purchases.accountId !== accountId) return 'visits.purchases';
  for (const [i, h] of section.history.entries()) {
    const data = (h.entity === 'visit' ? visitSchema : purchasesSchema).safeParse(h.data);
    if (!data.success) return `visits.history.${i}.data`;
    const d = data.data as { id?: string; accountId: string };
    const expectedId = h.entity === 'visit' ? d.id : purchasesEntityId(d.accountId);
    if (d.accountId !== accountId || h.entityId !== expectedId) return `visits.history.${i}`;
  }
  return null;
}

/** The section with every id replaced through `to` (the same mapping as the rest of the file). */
export function remapVisitsSection(section: VisitsSection, to: (old: string) => string): VisitsSection {
  const visit = (v: Visit): Visit => ({
    ...v,
    id: to(v.id),
    accountId: to(v.accountId),
    attendees: v.attendees.map((a) => ({ ...a, personId: to(a.personId) })),
    budgetOwnerId: v.budgetOwnerId === null ? null : to(v.budgetOwnerId),
  });
  const purchases = (p: AccountPurchases): AccountPurchases => ({ ...p, accountId: to(p.accountId) });
  return {
    visits: section.visits.map(visit),
    purchases: section.purchases ? purchases(section.purchases) : null,
    history: section.history.map((h): VisitHistoryRecord => {
      if (h.entity === 'visit') return { ...h, entityId: to(h.entityId), data: visit(h.data) };
      const data = purchases(h.data);
      return { ...h, entityId: purchasesEntityId(data.accountId), data };
    }),
  };
}
