// The rows of an account file, as zod schemas built from the app's own field schemas (the person and
// account forms, the relationship and snapshot calls): a file can hold nothing the app would refuse.
// Only ids, times and the stored-only fields are added here. Messages are i18n keys.
import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { accountFields, id, isoDate, layoutName, personFields, position, relationshipType, requiredLine } from '../domain/schemas';
import { SNAPSHOT_NAME_MAX } from '../history/schemas';

/** An ISO instant such as 2026-03-10T10:00:00.000Z (created/updated/at). */
export const instant = z
  .string({ error: 'error.date.invalid' })
  .min(10, { error: 'error.date.invalid' })
  .max(40, { error: 'error.date.invalid' })
  .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'error.date.invalid' });

export const accountSchema = accountFields
  .required()
  .extend({ id, archived: z.boolean({ error: 'error.boolean.invalid' }), createdAt: instant, updatedAt: instant })
  .strict();

export const personSchema = personFields.required().extend({ id, accountId: id, createdAt: instant, updatedAt: instant }).strict();

export const relationshipSchema = z
  .object({
    id,
    accountId: id,
    fromId: id,
    toId: id,
    type: relationshipType,
    strength: z
      .number({ error: 'error.strength.invalid' })
      .int({ error: 'error.strength.invalid' })
      .min(LIMITS.strengthMin, { error: 'error.strength.invalid' })
      .max(LIMITS.strengthMax, { error: 'error.strength.invalid' })
      .nullable(),
    createdAt: instant,
  })
  .strict();

export const positionRecordSchema = position.extend({ layout: layoutName }).strict();

export const HISTORY_ENTITIES = ['account', 'person', 'relationship'] as const;
export type HistoryEntityName = (typeof HISTORY_ENTITIES)[number];

export const historyRecordSchema = z
  .object({
    entity: z.enum(HISTORY_ENTITIES, { error: 'error.accountJson.unknownEntity' }),
    entityId: id,
    op: z.enum(['create', 'update', 'delete'], { error: 'error.accountJson.unknownOp' }),
    at: instant,
    day: isoDate,
    // The entity's full state; checked against its own schema (historyDataSchemas) by the rules.
    data: z.record(z.string(), z.unknown(), { error: 'error.invalidInput' }),
  })
  .strict();

/** What `data` of a history row must be, per entity. */
export const historyDataSchemas: Record<HistoryEntityName, z.ZodType> = {
  account: accountSchema,
  person: personSchema,
  relationship: relationshipSchema,
};

export const snapshotSchema = z.object({ id, accountId: id, name: requiredLine(SNAPSHOT_NAME_MAX), day: isoDate, createdAt: instant }).strict();
