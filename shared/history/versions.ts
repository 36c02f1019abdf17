// Every version of every entity of one account's log, in memory: the state at the end of any day is
// each entity's last version up to that day, found by binary search, with each version's JSON parsed
// once. Answers the same as replaying the log to that day (tests/unit/history/versions.test.ts), but
// a second day costs a pass over the entities, not a read and parse of the whole log. Rows can be
// added in any order (history is append-only; a clock set back only dates a new row earlier).
import type { Account, Person, Relationship } from '../domain/model';
import type { Visit } from '../visits/model';
import { materialize } from './materialize';
import type { AccountState } from './replay';
import type { HistoryEntity, HistoryOp, HistoryRow } from './types';

interface Version {
  day: string;
  seq: number;
  op: HistoryOp;
  entity: HistoryEntity;
  data: string;
  /** `data` parsed, on first use; shared by every answer that holds it (do not mutate answers). */
  value?: unknown;
}

/** (day, seq) order: the replay's order. */
function before(a: Version, day: string, seq: number): boolean {
  return a.day < day || (a.day === day && a.seq < seq);
}

/** Index of the last version dated on or before `day`, or -1. */
function lastUpTo(list: readonly Version[], day: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.day <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The version at which the entity last came into being (a create after nothing or after a delete), up to index `i`. */
function cameBack(list: readonly Version[], i: number): Version {
  let j = i;
  while (j > 0 && list[j - 1]!.op !== 'delete') j--;
  return list[j]!;
}

const CREATED_AT = '"createdAt":"';

/**
 * The createdAt in an entity's JSON, found without parsing it (the first build of a big account
 * would otherwise parse every entity twice). Only a sort key: an answer checks it against the parsed
 * version it uses and sorts for itself if they differ, so a wrong guess costs time, never correctness.
 */
function createdAtOf(data: string): string {
  const at = data.indexOf(CREATED_AT);
  if (at < 0) return '';
  const start = at + CREATED_AT.length;
  const end = data.indexOf('"', start);
  return end < 0 ? '' : data.slice(start, end);
}

function parsed<T>(v: Version): T {
  if (v.value === undefined) v.value = JSON.parse(v.data);
  return v.value as T;
}

interface Entity {
  id: string;
  /** In (day, seq) order. */
  list: Version[];
  /** createdAt of the newest version: the entity's place in `order`. */
  createdAt: string;
}

export class HistoryVersions {
  /** By entity id (an id names one entity), each list in (day, seq) order. */
  private readonly entities = new Map<string, Version[]>();
  /**
   * Every entity by (createdAt, first seq), the map's order, sorted once after rows are added instead
   * of on every call; an answer falls back to sorting if a version it uses has another createdAt.
   */
  private order: Entity[] | null = null;

  add(rows: readonly HistoryRow[]): void {
    if (rows.length > 0) this.order = null;
    for (const r of rows) {
      if (r.entity === 'purchases') continue;
      const v: Version = { day: r.day, seq: r.seq, op: r.op, entity: r.entity, data: r.data };
      const list = this.entities.get(r.entityId);
      if (!list) {
        this.entities.set(r.entityId, [v]);
        continue;
      }
      let at = list.length;
      while (at > 0 && !before(list[at - 1]!, v.day, v.seq)) at--;
      if (at === list.length) list.push(v);
      else list.splice(at, 0, v);
    }
  }

  /** The account at the end of `day`. */
  state(day: string): AccountState {
    let account: Account | null = null;
    const people = new Map<string, Person>();
    const relationships: Relationship[] = [];
    const visits: Array<{ since: Version; visit: Visit }> = [];
    let sorted = true;
    for (const { id, list, createdAt } of this.ordered()) {
      const i = lastUpTo(list, day);
      if (i < 0) continue;
      const v = list[i]!;
      if (v.op === 'delete') continue;
      switch (v.entity) {
        case 'account':
          // Parsed afresh: the one object an answer may hand on as its own.
          account = JSON.parse(v.data) as Account;
          break;
        case 'person': {
          const p = parsed<Person>(v);
          if (p.createdAt !== createdAt) sorted = false;
          people.set(id, p);
          break;
        }
        case 'relationship': {
          const r = parsed<Relationship>(v);
          if (r.createdAt !== createdAt) sorted = false;
          relationships.push(r);
          break;
        }
        case 'visit':
          visits.push({ since: cameBack(list, i), visit: parsed<Visit>(v) });
          break;
      }
    }
    visits.sort((a, b) => (before(a.since, b.since.day, b.since.seq) ? -1 : 1));
    const entities = this.entities;
    return materialize({ account, people, relationships, visits: visits.map((x) => x.visit), firstSeq: (id) => entities.get(id)?.[0]?.seq ?? 0, sorted });
  }

  private ordered(): Entity[] {
    if (this.order) return this.order;
    const order: Entity[] = [];
    for (const [id, list] of this.entities) {
      const newest = list[list.length - 1]!;
      const createdAt = newest.entity === 'person' || newest.entity === 'relationship' ? createdAtOf(newest.data) : '';
      order.push({ id, list, createdAt });
    }
    order.sort((a, b) => (a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.list[0]!.seq - b.list[0]!.seq));
    this.order = order;
    return order;
  }
}
