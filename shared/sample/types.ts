// Shape of the sample key account created on first launch (see shared/sample/sampleAccount.ts).
import type { PersonFields, RelationshipStage, RelationshipType, Stance } from '../domain/model';

/** `stance` is today's stance; history and dates are relative to today. */
export interface SamplePerson extends PersonFields {
  /** Stable key used by relationships below (not stored). */
  key: string;
  /** The sample is fully rated (1–5 each). */
  authority: number;
  expertise: number;
  accessToTop: number;
  /** Days before today of the last contact, or null if never contacted. */
  lastContactDaysAgo: number | null;
  /** When the rep added this person to the map, in days before today. */
  addedDaysAgo: number;
  /** Stances oldest first, each from the given day until the next; the first starts at `addedDaysAgo`, the last equals `stance`. */
  stanceHistory: Array<{ daysAgo: number; stance: Stance }>;
}

export interface SampleAccount {
  account: {
    name: string;
    segment: string;
    notes: string;
    stage: RelationshipStage;
    productFit: boolean;
    centralizedPurchasing: boolean;
    budgetAmount: number | null;
    budgetCycle: string;
    budgetProcess: string;
  };
  /** Days before today the account was created (>= every person's addedDaysAgo). */
  createdDaysAgo: number;
  people: SamplePerson[];
  relationships: Array<{ from: string; to: string; type: RelationshipType; strength: number | null; addedDaysAgo: number }>;
}
