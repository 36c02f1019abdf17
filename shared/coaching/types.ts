// What the coaching rules read and what they answer. Every rule is a pure function of one
// CoachingInput (the account as of one day) returning the warnings it raises.
import type { Account, Person, Relationship, RelationshipStage } from '../domain/model';
import type { RankedPerson } from '../domain/ranking';
import type { PersonMove } from '../history/types';
import type { AccountPurchases, Visit } from '../visits/model';
import type { StageFocus } from './stageFocus';

export type WarningId =
  | 'noTopDecisionMaker'
  | 'topDecisionMakerNotMet'
  | 'topDecisionMakerStillNotMet'
  | 'topDecisionMakerNotInSupportBase'
  | 'fewAllies'
  | 'supportBaseShrank'
  | 'highInfluenceAgainst'
  | 'minorPlayersUnassessed'
  | 'budgetUnknown'
  | 'budgetStillUnknown'
  | 'keyPeopleNotContacted'
  | 'unratedKeyPeople'
  | 'nextStepOverdue'
  | 'noNextStep'
  | 'neverVisited'
  | 'noRecentVisit'
  | 'singleThreadedVisits'
  | 'stabilizeNoSolvedProblem'
  | 'strengthenNoGrowth';

export interface Warning {
  id: WarningId;
  /** i18n params for the warning's words (brief.warning.<id>.<text>, .<next>). */
  params: Record<string, string | number>;
  /** Person ids behind a name-list param (param name → ids, in order), so the app can make them buttons. */
  people?: Record<string, string[]>;
  /** Params that are calendar days (YYYY-MM-DD), for the UI to show in the rep's language. */
  days?: string[];
  /** Which words to use when a warning has more than one (default "text" and "next"). */
  text?: string;
  next?: string;
}

/** The support base over the last 30 days: the sizes and who left (a person gone has `to` null). */
export interface SupportShift {
  supportBase: { from: number; to: number; delta: number };
  left: PersonMove[];
}

export interface CoachingInput {
  account: Account;
  people: readonly Person[];
  relationships: readonly Relationship[];
  /** The people ranked by influence (shared/domain/ranking.ts). */
  ranked: readonly RankedPerson[];
  /** The last 30 days, or null when not known (the rest still applies). */
  changes: SupportShift | null;
  /** Planned and logged visits known on `today`. */
  visits: readonly Visit[];
  /** Yearly purchases, or null when not known. */
  purchases: Pick<AccountPurchases, 'yearly'> | null;
  /** The day the rules are evaluated for (today, or the time-travel day). */
  today: string;
}

export type CoachingRule = (input: CoachingInput) => Warning[];

/** What getCoaching answers. */
export interface Coaching {
  accountId: string;
  /** The day the rules were evaluated for. */
  day: string;
  isToday: boolean;
  stage: RelationshipStage;
  /** What the method says to focus on in this stage, in order. */
  focus: StageFocus[];
  warnings: Warning[];
}
