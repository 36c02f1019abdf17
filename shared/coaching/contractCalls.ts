// The coaching calls, spread into shared/ipc/contract.ts.
import type { z } from 'zod';
import type { PersonPath } from '../domain/paths';
import { coachingInputs as i } from './schemas';
import type { Coaching } from './types';

// Same shape as contract.ts's `call` helper.
const call = <I extends z.ZodType>(input: I) => ({
  returns: <R>() => ({ input, result: undefined as unknown as R }),
});

export const coachingCalls = {
  getCoaching: call(i.getCoaching).returns<Coaching>(),
  getPathsToPerson: call(i.getPathsToPerson).returns<PersonPath[]>(),
} as const;
