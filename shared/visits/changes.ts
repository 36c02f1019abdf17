// "What changed" for visits: the visits held between the end of day `from` and the end of day `to`,
// and the next steps agreed, done or fallen due in that range, each as known at the end of `to`.
import type { Person } from '../domain/model';
import type { NextStep, Visit } from './model';

export interface VisitHeld {
  visit: Visit;
  /** The attendees with their names on day `to`. */
  people: Array<{ personId: string; name: string }>;
}

export type NextStepEvent = 'agreed' | 'done' | 'due';

export interface NextStepChange {
  visitId: string;
  visitDate: string;
  nextStep: NextStep;
  /** What happened to it in the range: agreed at a visit in it, done in it, due in it. */
  events: NextStepEvent[];
}

export interface VisitChanges {
  /** Logged visits with from < date ≤ to, oldest first. */
  held: VisitHeld[];
  /** By due date. */
  nextSteps: NextStepChange[];
}

const inRange = (day: string | null, from: string, to: string): boolean => day !== null && day > from && day <= to;

export function computeVisitChanges(visits: readonly Visit[], people: readonly Person[], from: string, to: string): VisitChanges {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const logged = visits.filter((v) => v.status === 'logged');
  const held = logged
    .filter((v) => inRange(v.date, from, to))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : 1))
    .map((visit) => ({ visit, people: visit.attendees.map((a) => ({ personId: a.personId, name: names.get(a.personId) ?? '' })) }));
  const nextSteps: NextStepChange[] = [];
  for (const v of logged) {
    const step = v.nextStep;
    if (!step) continue;
    const events: NextStepEvent[] = [];
    if (inRange(v.date, from, to)) events.push('agreed');
    if (step.done && inRange(step.doneOn, from, to)) events.push('done');
    if (inRange(step.due, from, to)) events.push('due');
    if (events.length > 0) nextSteps.push({ visitId: v.id, visitDate: v.date, nextStep: step, events });
  }
  nextSteps.sort((a, b) => (a.nextStep.due < b.nextStep.due ? -1 : a.nextStep.due > b.nextStep.due ? 1 : a.visitDate < b.visitDate ? -1 : 1));
  return { held, nextSteps };
}
