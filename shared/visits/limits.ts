// Visit-specific limits (text lengths come from shared/domain/limits.ts). Enforced by the zod schemas
// in ./schemas.ts and by CHECK constraints in SQLite (electron/db/migrations/003-visits.ts).
export const VISIT_LIMITS = {
  /** People of the account at one visit. */
  attendeesMax: 100,
  /** Hours of our time on one visit. */
  hoursMax: 10_000,
  yearMin: 1900,
  yearMax: 2200,
  /** Yearly purchase rows per account. */
  yearsMax: 300,
  /** Consecutive years with purchases that count as sustained purchasing (持续采购). */
  sustainedYears: 3,
} as const;
