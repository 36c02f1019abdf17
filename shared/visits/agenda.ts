// The next-step agenda as the UI shows it: overdue (with days), this week, later. Pure date
// arithmetic on YYYY-MM-DD; `today` comes from the caller.
import { addDays, daysBetween } from '../history/days';
import type { NextStep, NextStepItem, Visit } from './model';

export type AgendaBucket = 'overdue' | 'this-week' | 'later' | 'done';

/** Whole days a step is past due on `today` (0 when due today or later). */
export function overdueDays(due: string, today: string): number {
  return Math.max(0, daysBetween(due, today));
}

/** overdue: due before today · this-week: due today … today + 6 · later · done. */
export function agendaBucket(step: Pick<NextStep, 'due' | 'done'>, today: string): AgendaBucket {
  if (step.done) return 'done';
  if (step.due < today) return 'overdue';
  return step.due <= addDays(today, 6) ? 'this-week' : 'later';
}

/** The agenda grouped, each group keeping listNextSteps' order (by due date). */
export function groupAgenda(items: readonly NextStepItem[], today: string): Record<AgendaBucket, NextStepItem[]> {
  const out: Record<AgendaBucket, NextStepItem[]> = { overdue: [], 'this-week': [], later: [], done: [] };
  for (const item of items) out[agendaBucket(item, today)].push(item);
  return out;
}

/** The open next step due first among an account's logged visits, or null. */
export function nextDueStep(visits: readonly Visit[]): { visit: Visit; nextStep: NextStep } | null {
  let best: { visit: Visit; nextStep: NextStep } | null = null;
  for (const visit of visits) {
    const step = visit.nextStep;
    if (visit.status !== 'logged' || !step || step.done) continue;
    if (!best || step.due < best.nextStep.due || (step.due === best.nextStep.due && visit.date < best.visit.date)) best = { visit, nextStep: step };
  }
  return best;
}
