// zod schemas for everything that crosses the IPC boundary. Messages are i18n keys
// (see renderer/i18n), so the UI can show them in the rep's language.
import { z } from 'zod';
import { LIMITS } from './limits';
import { BUYING_ROLES, LAYOUTS, RELATIONSHIP_STAGES, RELATIONSHIP_TYPES, STANCES } from './model';

// C0/C1 control characters other than tab and newline are never valid in text the rep typed.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAKS = /[\r\n\t]/;
// Zero-width and direction marks are valid inside text but cannot make up a whole name.
const INVISIBLE = /[\s\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** A required single-line name: trimmed, not empty, no control characters, at most `max` chars. */
export function requiredLine(max: number) {
  return z
    .string({ error: 'error.text.notText' })
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, { error: 'error.text.empty' })
        .refine((s) => s.replace(INVISIBLE, '').length > 0, { error: 'error.text.empty' })
        .max(max, { error: 'error.text.tooLong' })
        .refine((s) => !CONTROL_CHARS.test(s) && !LINE_BREAKS.test(s), { error: 'error.text.controlChars' }),
    );
}

/** An optional single-line text: trimmed, may be empty. */
export function optionalLine(max: number) {
  return z
    .string({ error: 'error.text.notText' })
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .max(max, { error: 'error.text.tooLong' })
        .refine((s) => !CONTROL_CHARS.test(s) && !LINE_BREAKS.test(s), { error: 'error.text.controlChars' }),
    );
}

/** Multi-line notes: newlines and tabs allowed, other control characters not. */
export const notesText = z
  .string({ error: 'error.text.notText' })
  .max(LIMITS.notesMax, { error: 'error.text.tooLong' })
  .refine((s) => !CONTROL_CHARS.test(s), { error: 'error.text.controlChars' });

export const id = z.string({ error: 'error.id.invalid' }).min(1, { error: 'error.id.invalid' }).max(64, { error: 'error.id.invalid' });

const rating = z
  .number({ error: 'error.rating.invalid' })
  .int({ error: 'error.rating.invalid' })
  .min(LIMITS.ratingMin, { error: 'error.rating.invalid' })
  .max(LIMITS.ratingMax, { error: 'error.rating.invalid' });

/** A calendar date YYYY-MM-DD that really exists (no 2026-02-30). */
export const isoDate = z
  .string({ error: 'error.date.invalid' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'error.date.invalid' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { error: 'error.date.invalid' },
  );

export const stance = z.enum(STANCES, { error: 'error.enum.stance' });
export const buyingRole = z.enum(BUYING_ROLES, { error: 'error.enum.buyingRole' });
export const relationshipType = z.enum(RELATIONSHIP_TYPES, { error: 'error.enum.relationshipType' });
export const relationshipStage = z.enum(RELATIONSHIP_STAGES, { error: 'error.enum.stage' });
export const layoutName = z.enum(LAYOUTS, { error: 'error.enum.layout' });

export const accountFields = z.object({
  name: requiredLine(LIMITS.nameMax),
  segment: optionalLine(LIMITS.segmentMax).optional(),
  notes: notesText.optional(),
  stage: relationshipStage.optional(),
  productFit: z.boolean().optional(),
  centralizedPurchasing: z.boolean().optional(),
  budgetAmount: z.number().finite().min(0).max(LIMITS.budgetMax).nullable().optional(),
  budgetCycle: optionalLine(LIMITS.shortTextMax).optional(),
  budgetProcess: notesText.optional(),
});

export const personFields = z.object({
  name: requiredLine(LIMITS.nameMax),
  title: optionalLine(LIMITS.titleMax).optional(),
  department: optionalLine(LIMITS.departmentMax).optional(),
  buyingRole: buyingRole.optional(),
  stance: stance.optional(),
  isTopDecisionMaker: z.boolean({ error: 'error.boolean.invalid' }).optional(),
  // null = not rated (the rep can take a rating back).
  authority: rating.nullable().optional(),
  expertise: rating.nullable().optional(),
  accessToTop: rating.nullable().optional(),
  pinnedScore: z
    .number({ error: 'error.score.invalid' })
    .min(LIMITS.scoreMin, { error: 'error.score.invalid' })
    .max(LIMITS.scoreMax, { error: 'error.score.invalid' })
    .nullable()
    .optional(),
  met: z.boolean({ error: 'error.boolean.invalid' }).optional(),
  lastContact: isoDate.nullable().optional(),
  notes: notesText.optional(),
});

export const position = z.object({
  personId: id,
  x: z.number().finite().min(-1e7).max(1e7),
  y: z.number().finite().min(-1e7).max(1e7),
});
