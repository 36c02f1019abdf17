// Writing history "as of" an earlier day (a visit logged after the fact). The log replays in
// (day, seq) order, so a row dated before rows the entity already has on later days would be hidden
// by them from those days on. Each such later day therefore gets its own row too, appended with a
// higher seq: the log stays append-only and every day from `day` on replays with the change.
import type { Person } from '../../shared/domain/model';
import type { Visit } from '../../shared/visits/model';
import type { HistoryEntry, HistoryOp } from '../db/history';
import { record, type ServiceContext } from './context';

type When = { at: string; day: string };

function sortedRows(ctx: ServiceContext, entityId: string): HistoryEntry[] {
  return ctx.store.history
    .listByEntity(entityId)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.seq - b.seq));
}

/** Distinct days after `day` on which the entity has rows. */
function laterDays(rows: readonly HistoryEntry[], day: string): string[] {
  return [...new Set(rows.filter((r) => r.day > day).map((r) => r.day))];
}

/**
 * Records a person change that holds from `fromDay` (≤ today) on. `live` is the person as now saved;
 * `apply` turns the person as they were at the end of some day into that day's corrected state.
 */
export function recordPersonFrom(ctx: ServiceContext, live: Person, fromDay: string, when: When, apply: (p: Person) => Person): void {
  if (fromDay >= when.day) {
    record(ctx, { entity: 'person', op: 'update', data: live }, when);
    return;
  }
  const rows = sortedRows(ctx, live.id);
  const days = [fromDay, ...laterDays(rows, fromDay)];
  days.forEach((day, i) => {
    let data: Person | null;
    if (i === days.length - 1) data = live;
    else {
      const last = rows.filter((r) => r.day <= day).at(-1);
      data = last && last.op !== 'delete' && last.entity === 'person' ? { ...apply(last.data), updatedAt: when.at } : null;
    }
    // Not on the map yet that day (added after the visit): the change starts when they do.
    if (data) record(ctx, { entity: 'person', op: 'update', data }, { at: when.at, day });
  });
}

/** Records the visit's new state from `fromDay` on (its own later rows are older versions of it). */
export function recordVisitFrom(ctx: ServiceContext, op: HistoryOp, visit: Visit, fromDay: string, when: When): void {
  const days = fromDay >= when.day ? [when.day] : [fromDay, ...laterDays(sortedRows(ctx, visit.id), fromDay)];
  days.forEach((day, i) => record(ctx, { entity: 'visit', op: i === 0 ? op : 'update', data: visit }, { at: when.at, day }));
}

/** The day a visit's row is dated: a logged visit from the day it was held; a plan from the day it was made. */
export function visitRowDay(visit: Visit, today: string): string {
  return visit.status === 'logged' && visit.date < today ? visit.date : today;
}
