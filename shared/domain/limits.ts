// Input limits, documented in README ("Limits"). Enforced by the zod schemas at the IPC boundary
// and by CHECK constraints in SQLite.
export const LIMITS = {
  nameMax: 120,
  titleMax: 160,
  departmentMax: 120,
  segmentMax: 120,
  notesMax: 10_000,
  shortTextMax: 500,
  ratingMin: 1,
  ratingMax: 5,
  strengthMin: 1,
  strengthMax: 3,
  scoreMin: 0,
  scoreMax: 100,
  peoplePerAccountMax: 20_000,
  budgetMax: 1e13,
} as const;
