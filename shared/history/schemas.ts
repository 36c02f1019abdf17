// Input schemas of the history calls (time travel, series, what changed, trends, named snapshots).
// Range rules that need today (no future day, from ≤ to) are checked by the service.
import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { id, isoDate, layoutName, requiredLine } from '../domain/schemas';

export const SNAPSHOT_NAME_MAX = LIMITS.nameMax;
export const CHANGES_LIMIT_DEFAULT = 10;
export const CHANGES_LIMIT_MAX = 100;

const snapshotName = requiredLine(SNAPSHOT_NAME_MAX);

export const historyInputs = {
  getAccountMapAsOf: z.object({ accountId: id, day: isoDate, layout: layoutName.optional() }).strict(),
  getSupportSeries: z.object({ accountId: id, from: isoDate.optional(), to: isoDate.optional() }).strict(),
  getChanges: z
    .object({
      accountId: id,
      from: isoDate,
      to: isoDate,
      limit: z.number({ error: 'error.invalidInput' }).int().min(1).max(CHANGES_LIMIT_MAX).optional(),
    })
    .strict(),
  getSupportTrends: z.object({ includeArchived: z.boolean().optional() }).strict(),
  listSnapshots: z.object({ accountId: id }).strict(),
  createSnapshot: z.object({ accountId: id, name: snapshotName, day: isoDate.optional() }).strict(),
  renameSnapshot: z.object({ id, name: snapshotName }).strict(),
  deleteSnapshot: z.object({ id }).strict(),
} as const;
