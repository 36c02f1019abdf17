// Whether an import fits in its account (LIMITS.peoplePerAccountMax), known when the preview is
// built, so the rep is told before clicking Import instead of being refused at commit.
import { LIMITS } from '../domain/limits';

/** How many people the account has and may hold. */
export interface AccountRoom {
  existing: number;
  max: number;
}

/** Why an import does not fit, with the numbers the message needs. */
export interface TooManyPeople {
  existing: number;
  incoming: number;
  max: number;
  /** People the account can still take (0 when full). */
  free: number;
  /** The fewest accounts the incoming people need at `max` each: how many parts to split the file into. */
  parts: number;
}

export function accountRoom(existing: number, max: number = LIMITS.peoplePerAccountMax): AccountRoom {
  return { existing, max };
}

/** null when `incoming` more people fit; otherwise the numbers for the message. Same rule as the commit. */
export function tooManyPeople(room: AccountRoom, incoming: number): TooManyPeople | null {
  if (room.existing + incoming <= room.max) return null;
  return { existing: room.existing, incoming, max: room.max, free: Math.max(0, room.max - room.existing), parts: Math.ceil(incoming / room.max) };
}
