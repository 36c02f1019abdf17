// An account's visits as the rep reads them: the last one held, and each person's record
// ("met 4 times, last 3 Nov: agreed to a trial order") — as data; the words are the UI's.
import type { Stance } from '../domain/model';
import type { NextStep, Visit, VisitKind } from './model';

const newestFirst = (a: Visit, b: Visit): number =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;

/** Logged visits, newest first (planned ones have not happened). */
export function heldVisits(visits: readonly Visit[]): Visit[] {
  return visits.filter((v) => v.status === 'logged').sort(newestFirst);
}

/** The last visit held, or null. */
export function lastVisit(visits: readonly Visit[]): Visit | null {
  return heldVisits(visits)[0] ?? null;
}

/** Planned visits, soonest first. */
export function plannedVisits(visits: readonly Visit[]): Visit[] {
  return visits.filter((v) => v.status === 'planned').sort((a, b) => -newestFirst(a, b));
}

export interface PersonVisitEntry {
  visitId: string;
  date: string;
  kind: VisitKind;
  needs: string;
  wants: string;
  stanceBefore: Stance | null;
  stanceAfter: Stance | null;
  nextStep: NextStep | null;
  noNextStepReason: string | null;
}

export interface PersonVisitHistory {
  personId: string;
  /** Logged visits they attended. */
  timesMet: number;
  /** The newest of `visits`, or null. */
  last: PersonVisitEntry | null;
  /** Newest first. */
  visits: PersonVisitEntry[];
  /** The next planned visit they are to attend, or null. */
  nextPlanned: { visitId: string; date: string; kind: VisitKind } | null;
}

export function personVisitHistory(visits: readonly Visit[], personId: string): PersonVisitHistory {
  const entries: PersonVisitEntry[] = [];
  for (const v of heldVisits(visits)) {
    const a = v.attendees.find((x) => x.personId === personId);
    if (!a) continue;
    entries.push({
      visitId: v.id,
      date: v.date,
      kind: v.kind,
      needs: a.needs,
      wants: a.wants,
      stanceBefore: a.stanceBefore,
      stanceAfter: a.stanceAfter,
      nextStep: v.nextStep,
      noNextStepReason: v.noNextStepReason,
    });
  }
  const planned = plannedVisits(visits).find((v) => v.attendees.some((a) => a.personId === personId));
  return {
    personId,
    timesMet: entries.length,
    last: entries[0] ?? null,
    visits: entries,
    nextPlanned: planned ? { visitId: planned.id, date: planned.date, kind: planned.kind } : null,
  };
}
