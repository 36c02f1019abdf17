// The one change notification: every edit made through the map store announces what it changed,
// and the views that show derived data (support trends, visits, coaching) refresh from that — never
// because an object's identity changed. An announcement is synchronous and carries no data.
export type ChangedEntity = 'people' | 'relationships';

export interface Change {
  accountId: string;
  entities: readonly ChangedEntity[];
  /** With 'people': which person fields changed ('*' = people added or deleted). */
  fields?: readonly string[];
}

type Listener = (change: Change) => void;
const listeners = new Set<Listener>();

export function announceChange(change: Change): void {
  for (const l of listeners) l(change);
}

export function onChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fields whose change moves the support base or its weighting (stance, ratings, pinned score). */
const SUPPORT_FIELDS = new Set(['*', 'stance', 'authority', 'expertise', 'accessToTop', 'buyingRole', 'pinnedScore', 'isTopDecisionMaker']);

export function touchesSupport(change: Change): boolean {
  return change.entities.includes('people') && (change.fields ?? ['*']).some((f) => SUPPORT_FIELDS.has(f));
}

/** Names and membership are what other views (visits, coaching) show of people. */
export function touchesNames(change: Change): boolean {
  return change.entities.includes('people') && (change.fields ?? ['*']).some((f) => f === '*' || f === 'name');
}
