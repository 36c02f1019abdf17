// Input schemas of the coaching calls (spread into shared/ipc/contract.ts by ./contractCalls.ts).
// A day after today is refused by the service (it needs the clock).
import { z } from 'zod';
import { id, isoDate } from '../domain/schemas';

export const coachingInputs = {
  /** The warnings as of `asOf` (default today): the account, its history and its visits on that day. */
  getCoaching: z.object({ accountId: id, asOf: isoDate.optional() }).strict(),
  /** Who can introduce us to the person (shared/domain/paths.ts), on today's map. */
  getPathsToPerson: z.object({ accountId: id, personId: id }).strict(),
} as const;
