// Shapes of the support-base-over-time feature: history rows as read from the store, and what the
// history calls return (state as of a day, the daily series, what changed, trends, named snapshots).
import type { InfluenceScore } from '../domain/influence';
import type { AccountMap, Stance } from '../domain/model';
import type { VisitChanges } from '../visits/changes';
import type { Visit } from '../visits/model';

export type HistoryEntity = 'account' | 'person' | 'relationship' | 'visit' | 'purchases';
export type HistoryOp = 'create' | 'update' | 'delete';

/** One row of the history log as stored: `data` is the entity's JSON (after the change; before it, for delete). */
export interface HistoryRow {
  seq: number;
  entity: HistoryEntity;
  entityId: string;
  op: HistoryOp;
  at: string;
  /** Local calendar day of `at`, YYYY-MM-DD. */
  day: string;
  data: string;
}

/** The account as it was at the end of `day`: read-only, for time travel. */
export interface AccountMapAsOf extends AccountMap {
  day: string;
  /** True when `day` is today (the map is the live one, not the past). */
  isToday: boolean;
  /** Influence score (with its breakdown) of every person on that day, from that day's ratings and network. */
  scores: InfluenceScore[];
  /** The visits (planned and logged) known at the end of `day`, newest first; attendees limited to people on the map that day. */
  visits: Visit[];
}

export interface TopDecisionMakerState {
  personId: string;
  name: string;
  stance: Stance;
  met: boolean;
}

export type SupportEvent =
  | { kind: 'person-added'; personId: string; name: string; stance: Stance }
  | { kind: 'person-removed'; personId: string; name: string; stance: Stance }
  | { kind: 'stance-changed'; personId: string; name: string; from: Stance; to: Stance }
  | { kind: 'top-decision-maker-changed'; personId: string | null; name: string | null; previousId: string | null };

/** One day of an account's support base, at the end of that day. */
export interface SupportPoint {
  day: string;
  people: number;
  stances: Record<Stance, number>;
  /** allies + supporters */
  supportBase: number;
  allies: number;
  /** Influence-weighted net support, −100…+100; null when nobody is assessed. */
  netSupport: number | null;
  topDecisionMaker: TopDecisionMakerState | null;
  /** What changed that day (net of several edits on the same day). */
  events: SupportEvent[];
}

/** How netSupport weighs each person: see shared/history/weights.ts. */
export type SupportWeighting = 'ratings';

export interface SupportSeries {
  accountId: string;
  /** First day with history for the account, or null if it has none. */
  firstDay: string | null;
  from: string;
  to: string;
  weighting: SupportWeighting;
  points: SupportPoint[];
}

export interface PersonMove {
  personId: string;
  name: string;
  /** Stance on the `from` day; null = not on the map that day. */
  from: Stance | null;
  /** Stance on the `to` day; null = not on the map that day. */
  to: Stance | null;
}

export interface ScoreChange {
  personId: string;
  name: string;
  from: number;
  to: number;
  delta: number;
}

/** What changed between the end of day `from` and the end of day `to`. */
export interface AccountChanges {
  accountId: string;
  from: string;
  to: string;
  supportBase: { from: number; to: number; delta: number };
  joined: PersonMove[];
  left: PersonMove[];
  stanceMoves: PersonMove[];
  added: PersonMove[];
  removed: PersonMove[];
  /** Biggest score changes among people on the map on both days, largest |delta| first. */
  scoreChanges: ScoreChange[];
  /** Visits held and next steps agreed, done or due in the range (shared/visits/changes.ts). */
  visits: VisitChanges;
}

export type TrendDirection = 'up' | 'down' | 'flat';

export interface SupportTrend {
  accountId: string;
  direction: TrendDirection;
  /** Support-base size today minus 30 days ago. */
  delta30: number;
  supportBase: number;
  /** First day of the sparkline. */
  sparklineFrom: string;
  /** Daily support-base sizes, oldest first, ending today (up to 90 days; fewer for a young account). */
  sparkline: number[];
}

/** A named label on a day ("before visit 3 Nov"): the history already holds that day's state. */
export interface Snapshot {
  id: string;
  accountId: string;
  name: string;
  day: string;
  createdAt: string;
}
