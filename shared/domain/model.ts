// The vocabulary of shared/domain/README.md, shared by every layer: the same words in code, UI keys and database columns.

export const BUYING_ROLES = ['decision-maker', 'approver', 'influencer', 'evaluator', 'user', 'gatekeeper', 'unknown'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

/** Stance toward us, most favourable first. `unknown` = not yet assessed. */
export const STANCES = ['ally', 'supporter', 'neutral', 'skeptic', 'opponent', 'unknown'] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_VALUE: Record<Stance, number | null> = {
  ally: 2,
  supporter: 1,
  neutral: 0,
  skeptic: -1,
  opponent: -2,
  unknown: null,
};

/** Support base (支持面) = allies + supporters. */
export function isInSupportBase(stance: Stance): boolean {
  return stance === 'ally' || stance === 'supporter';
}

export const RELATIONSHIP_TYPES = ['reports-to', 'influences', 'close-to', 'conflicts-with'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** close-to and conflicts-with have no direction: A–B is the same relationship as B–A. */
export function isSymmetric(type: RelationshipType): boolean {
  return type === 'close-to' || type === 'conflicts-with';
}

export const RELATIONSHIP_STAGES = ['establish', 'stabilize', 'strengthen'] as const;
export type RelationshipStage = (typeof RELATIONSHIP_STAGES)[number];

export const LAYOUTS = ['saved', 'org-chart', 'influence-network', 'rings'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface Account {
  id: string;
  name: string;
  segment: string;
  notes: string;
  stage: RelationshipStage;
  productFit: boolean;
  centralizedPurchasing: boolean;
  budgetAmount: number | null;
  budgetCycle: string;
  budgetProcess: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AccountSummary extends Account {
  peopleCount: number;
  relationshipCount: number;
  supportBaseCount: number;
}

export interface Person {
  id: string;
  accountId: string;
  name: string;
  title: string;
  department: string;
  buyingRole: BuyingRole;
  stance: Stance;
  isTopDecisionMaker: boolean;
  /** Formal authority, 1–5, or null = not rated yet (counts as 3; see personDefaults.ts). */
  authority: number | null;
  /** Expertise / credibility, 1–5, or null = not rated yet. */
  expertise: number | null;
  /** Access to the top decision-maker, 1–5, or null = not rated yet. */
  accessToTop: number | null;
  /** A score (0–100) the rep pinned by hand, or null. */
  pinnedScore: number | null;
  met: boolean;
  /** YYYY-MM-DD or null. */
  lastContact: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** The fields a rep edits on a person (no ids, times, pinned score or last-contact date). */
export type PersonFields = Pick<
  Person,
  'name' | 'title' | 'department' | 'buyingRole' | 'stance' | 'isTopDecisionMaker' | 'authority' | 'expertise' | 'accessToTop' | 'met' | 'notes'
>;

export interface Relationship {
  id: string;
  accountId: string;
  fromId: string;
  toId: string;
  type: RelationshipType;
  /** 1–3 for `influences`, null otherwise. */
  strength: number | null;
  createdAt: string;
}

export interface Position {
  personId: string;
  x: number;
  y: number;
}

/** Everything the map needs for one account. */
export interface AccountMap {
  account: Account;
  people: Person[];
  relationships: Relationship[];
  /** Positions the rep saved for the given layout (people without one are laid out). */
  positions: Position[];
}
