// Every visit should set up the next one (没有下一步的行动安排 is a named mistake): the last logged visit
// ended without a next step, or an agreed next step is past its due date.
import { overdueDays } from '../../visits/agenda';
import { attendeesOf, loggedVisits, nameList } from '../helpers';
import type { CoachingRule, Warning } from '../types';

export const nextStepOverdue: CoachingRule = (input) => {
  // The step that has waited longest; the others are counted.
  const overdue = loggedVisits(input)
    .filter((v) => v.nextStep !== null && !v.nextStep.done && v.nextStep.due < input.today)
    .sort((a, b) => (a.nextStep!.due < b.nextStep!.due ? -1 : a.nextStep!.due > b.nextStep!.due ? 1 : 0));
  const first = overdue[0];
  if (!first) return [];
  const step = first.nextStep!;
  const list = nameList('names', attendeesOf(first, input.people));
  const w: Warning = {
    id: 'nextStepOverdue',
    params: { ...list.params, what: step.what, due: step.due, days: overdueDays(step.due, input.today), count: overdue.length },
    people: list.people,
    days: ['due'],
  };
  if (w.params.days === 1) w.text = 'textOneDay';
  if (step.owner === 'them') w.next = 'nextThem';
  return [w];
};

export const noNextStep: CoachingRule = (input) => {
  const last = loggedVisits(input)[0];
  if (!last || last.nextStep !== null) return [];
  const list = nameList('names', attendeesOf(last, input.people));
  return [{ id: 'noNextStep', params: { ...list.params, date: last.date, reason: last.noNextStepReason ?? '—' }, people: list.people, days: ['date'] }];
};
