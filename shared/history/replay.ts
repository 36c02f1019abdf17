// Rebuilds an account from its history log. A Replayer walks the rows forward day by day, so the
// state at the end of every day costs one pass over the log, not one rebuild per day.
import type { Account, Person, Relationship } from '../domain/model';
import type { Visit } from '../visits/model';
import { materialize } from './materialize';
import type { HistoryRow } from './types';

/** An account's content at the end of some day. */
export interface AccountState {
  /** null before the account was created (or after it was deleted). */
  account: Account | null;
  /** In the live map's order: by creation time, then creation order. */
  people: Person[];
  relationships: Relationship[];
  /** Visits known that day (planned and logged), newest date first. */
  visits: Visit[];
}

/** Rows ordered by (day, seq): the state at the end of day D is the last row of each entity with day ≤ D. */
export function sortRows(rows: readonly HistoryRow[]): readonly HistoryRow[] {
  for (let i = 1; i < rows.length; i++) {
    if (compareRows(rows[i - 1]!, rows[i]!) > 0) return [...rows].sort(compareRows);
  }
  return rows;
}

function compareRows(a: HistoryRow, b: HistoryRow): number {
  return a.day < b.day ? -1 : a.day > b.day ? 1 : a.seq - b.seq;
}

export class Replayer {
  private readonly rows: readonly HistoryRow[];
  private next = 0;
  private accountData: string | null = null;
  private readonly livePeople = new Map<string, Person>();
  // Relationship and account JSON is parsed only when a state is materialized: the series never needs it.
  private readonly relationshipData = new Map<string, string>();
  private readonly visitData = new Map<string, string>();
  // First seq of each entity: the live store breaks created_at ties by insertion order.
  private readonly firstSeq = new Map<string, number>();

  constructor(rows: readonly HistoryRow[]) {
    this.rows = sortRows(rows);
  }

  /** Day of the first row not applied yet, or null when every row is applied. */
  nextDay(): string | null {
    return this.rows[this.next]?.day ?? null;
  }

  /** Day of the very first row, or null for an empty log. */
  firstDay(): string | null {
    return this.rows[0]?.day ?? null;
  }

  /** Applies every row whose day is ≤ `day`. Days only move forward. */
  advanceTo(day: string): void {
    const rows = this.rows;
    while (this.next < rows.length && rows[this.next]!.day <= day) {
      this.apply(rows[this.next]!);
      this.next++;
    }
  }

  /** The state after the rows applied so far. */
  state(): AccountState {
    return materialize({
      account: this.accountData === null ? null : (JSON.parse(this.accountData) as Account),
      people: this.livePeople,
      relationships: [...this.relationshipData.values()].map((data) => JSON.parse(data) as Relationship),
      visits: [...this.visitData.values()].map((data) => JSON.parse(data) as Visit),
      firstSeq: (id) => this.firstSeq.get(id) ?? 0,
    });
  }

  private apply(row: HistoryRow): void {
    if (!this.firstSeq.has(row.entityId)) this.firstSeq.set(row.entityId, row.seq);
    const gone = row.op === 'delete';
    switch (row.entity) {
      case 'account':
        this.accountData = gone ? null : row.data;
        break;
      case 'relationship':
        if (gone) this.relationshipData.delete(row.entityId);
        else this.relationshipData.set(row.entityId, row.data);
        break;
      case 'person':
        if (gone) this.livePeople.delete(row.entityId);
        else this.livePeople.set(row.entityId, JSON.parse(row.data) as Person);
        break;
      case 'visit':
        if (gone) this.visitData.delete(row.entityId);
        else this.visitData.set(row.entityId, row.data);
        break;
    }
  }
}

/** The account at the end of `day`. */
export function stateAsOf(rows: readonly HistoryRow[], day: string): AccountState {
  const replayer = new Replayer(rows);
  replayer.advanceTo(day);
  return replayer.state();
}
