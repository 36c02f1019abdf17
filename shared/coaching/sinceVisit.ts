// "Since your visit on 3 Nov: support base 9 → 11, 许晶 ally → opponent, 2 new people, next step
// overdue by 4 days" — the sentence's data; the words and the date format are the UI's.
import { isInSupportBase, STANCE_VALUE, type Stance } from '../domain/model';
import type { AccountChanges } from '../history/types';
import { nextDueStep, overdueDays } from '../visits/agenda';
import type { Visit } from '../visits/model';
import type { SinceDay } from './since';

/** At most this many stance moves are named; the rest are counted. */
export const SINCE_MOVES_SHOWN = 3;

export interface SinceMove {
  personId: string;
  name: string;
  from: Stance;
  to: Stance;
}

export interface SinceVisitSummary {
  visitDate: string;
  supportBase: { from: number; to: number };
  /** Stance moves: in or out of the support base first, then the biggest swing, then by name. */
  moves: SinceMove[];
  moreMoves: number;
  newPeople: number;
  removedPeople: number;
  /** The open next step due first, when it is past due on `today`. */
  overdue: { days: number; what: string } | null;
}

const crosses = (m: SinceMove) => isInSupportBase(m.from) !== isInSupportBase(m.to);
const swing = (m: SinceMove) => Math.abs((STANCE_VALUE[m.to] ?? 0) - (STANCE_VALUE[m.from] ?? 0));

/** Null unless the range starts at a visit. */
export function sinceVisitSummary(input: {
  since: SinceDay;
  visits: readonly Visit[];
  changes: Pick<AccountChanges, 'supportBase' | 'stanceMoves' | 'added' | 'removed'>;
  today: string;
}): SinceVisitSummary | null {
  if (input.since.basis !== 'lastVisit') return null;
  const moves = input.changes.stanceMoves
    .filter((m): m is SinceMove => m.from !== null && m.to !== null)
    .map((m) => ({ personId: m.personId, name: m.name, from: m.from, to: m.to }))
    .sort((a, b) => Number(crosses(b)) - Number(crosses(a)) || swing(b) - swing(a) || a.name.localeCompare(b.name));
  const step = nextDueStep(input.visits.filter((v) => v.date <= input.today));
  const late = step ? overdueDays(step.nextStep.due, input.today) : 0;
  return {
    visitDate: input.since.day,
    supportBase: { from: input.changes.supportBase.from, to: input.changes.supportBase.to },
    moves: moves.slice(0, SINCE_MOVES_SHOWN),
    moreMoves: Math.max(0, moves.length - SINCE_MOVES_SHOWN),
    newPeople: input.changes.added.length,
    removedPeople: input.changes.removed.length,
    overdue: step && late > 0 ? { days: late, what: step.nextStep.what } : null,
  };
}
