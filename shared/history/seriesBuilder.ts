// Builds an account's daily support-base series in one forward pass over its person rows, keeping
// running counts and sums that each row adjusts: O(rows + days). It can be fed more rows later
// (history is append-only), so a cached builder answers the next call by applying only new rows.
import { STANCE_VALUE, type Person, type Stance } from '../domain/model';
import { dayRange, daysBetween, nextDay } from './days';
import type { HistoryRow, SupportEvent, SupportPoint, TopDecisionMakerState } from './types';
import { ratingWeight } from './weights';

/**
 * One person row, as lean as the store can hand it over: [day, 1 if deleted else 0, the person's JSON].
 * Reading only these three columns halves the cost of reading the log.
 */
export type PersonLogEntry = readonly [day: string, gone: number, data: string];

/** Person rows of a history log (other entities dropped), in the log's order. */
export function personLogEntries(rows: readonly HistoryRow[]): PersonLogEntry[] {
  const out: PersonLogEntry[] = [];
  for (const r of rows) if (r.entity === 'person') out.push([r.day, r.op === 'delete' ? 1 : 0, r.data]);
  return out;
}

const emptyCounts = (): Record<Stance, number> => ({ ally: 0, supporter: 0, neutral: 0, skeptic: 0, opponent: 0, unknown: 0 });

function topState(p: Person | null): TopDecisionMakerState | null {
  return p ? { personId: p.id, name: p.name, stance: p.stance, met: p.met } : null;
}

export class SupportSeriesBuilder {
  private readonly people = new Map<string, Person>();
  private readonly counts = emptyCounts();
  // Weights are kept as integers (hundredths) so thousands of add/subtract steps never drift.
  private readonly weightById = new Map<string, number>();
  private weightedSum = 0;
  private weightTotal = 0;
  private readonly flagged = new Map<string, Person>();
  /** Final points of every day from the first row's day up to (not including) currentDay. */
  private readonly done: SupportPoint[] = [];
  private firstDay: string | null = null;
  private currentDay: string | null = null;
  /** Start-of-day state of each person touched on currentDay. */
  private touched = new Map<string, Person | undefined>();
  private topAtDayStart: Person | null = null;

  /**
   * `floor`: the account's first real day (see bounds.ts). A row dated before it counts as made on
   * it, so a damaged day far in the past can never make the series (and its memory) reach back to it.
   */
  constructor(
    private readonly weightOf: (p: Person) => number = ratingWeight,
    readonly floor: string | null = null,
  ) {}

  /**
   * Applies person rows in (day, seq) order. Returns false, applying nothing more, if a row is
   * older than a day already applied: the caller must start over.
   */
  feed(entries: readonly PersonLogEntry[]): boolean {
    const floor = this.floor;
    for (const [rowDay, gone, data] of entries) {
      const day = floor !== null && rowDay < floor ? floor : rowDay;
      if (this.currentDay === null) {
        this.firstDay = day;
        this.startDay(day);
      } else if (day < this.currentDay) {
        return false;
      } else if (day > this.currentDay) {
        this.closeDaysBefore(day);
      }
      const person = JSON.parse(data) as Person;
      const before = this.people.get(person.id);
      if (!this.touched.has(person.id)) this.touched.set(person.id, before);
      if (before) this.remove(before);
      if (gone) {
        this.people.delete(person.id);
      } else {
        this.people.set(person.id, person);
        this.add(person);
      }
    }
    return true;
  }

  /** One point per day from `from` to `to` (zeros before the first row). */
  points(from: string, to: string): SupportPoint[] {
    const out: SupportPoint[] = [];
    const current = this.currentDay === null ? null : this.pointFor(this.currentDay, this.events());
    for (const day of dayRange(from, to)) {
      if (this.firstDay === null || day < this.firstDay) out.push(emptyPoint(day));
      else if (day < this.currentDay!) out.push(this.done[daysBetween(this.firstDay, day)]!);
      else if (day === this.currentDay) out.push(current!);
      // After the last row nothing changed: the state carries forward, with no events.
      else out.push({ ...current!, day, events: [] });
    }
    return out;
  }

  private startDay(day: string): void {
    this.currentDay = day;
    this.touched = new Map();
    this.topAtDayStart = this.top();
  }

  /** Finalizes currentDay and any quiet days up to `day`, then starts `day`. */
  private closeDaysBefore(day: string): void {
    const closed = this.pointFor(this.currentDay!, this.events());
    this.done.push(closed);
    for (let d = nextDay(this.currentDay!); d < day; d = nextDay(d)) this.done.push({ ...closed, day: d, events: [] });
    this.startDay(day);
  }

  private events(): SupportEvent[] {
    const events: SupportEvent[] = [];
    for (const [id, start] of this.touched) {
      const end = this.people.get(id);
      if (!start && end) events.push({ kind: 'person-added', personId: id, name: end.name, stance: end.stance });
      else if (start && !end) events.push({ kind: 'person-removed', personId: id, name: start.name, stance: start.stance });
      else if (start && end && start.stance !== end.stance) {
        events.push({ kind: 'stance-changed', personId: id, name: end.name, from: start.stance, to: end.stance });
      }
    }
    const top = this.top();
    const before = this.topAtDayStart;
    if ((top?.id ?? null) !== (before?.id ?? null)) {
      events.push({ kind: 'top-decision-maker-changed', personId: top?.id ?? null, name: top?.name ?? null, previousId: before?.id ?? null });
    }
    return events;
  }

  private pointFor(day: string, events: SupportEvent[]): SupportPoint {
    const c = this.counts;
    return {
      day,
      people: this.people.size,
      stances: { ...c },
      supportBase: c.ally + c.supporter,
      allies: c.ally,
      netSupport: this.weightTotal > 0 ? Math.round((this.weightedSum / this.weightTotal) * 500) / 10 : null,
      topDecisionMaker: topState(this.top()),
      events,
    };
  }

  /** The top decision-maker; if a log ever held two flags at once, the latest edited wins. */
  private top(): Person | null {
    let best: Person | null = null;
    for (const p of this.flagged.values()) if (!best || p.updatedAt > best.updatedAt) best = p;
    return best;
  }

  private remove(p: Person): void {
    this.counts[p.stance]--;
    const v = STANCE_VALUE[p.stance];
    const w = this.weightById.get(p.id) ?? 0;
    this.weightById.delete(p.id);
    if (v !== null) {
      this.weightedSum -= v * w;
      this.weightTotal -= w;
    }
    this.flagged.delete(p.id);
  }

  private add(p: Person): void {
    this.counts[p.stance]++;
    const v = STANCE_VALUE[p.stance];
    const w = Math.round(this.weightOf(p) * 100);
    this.weightById.set(p.id, w);
    if (v !== null) {
      this.weightedSum += v * w;
      this.weightTotal += w;
    }
    if (p.isTopDecisionMaker) this.flagged.set(p.id, p);
  }
}

function emptyPoint(day: string): SupportPoint {
  return { day, people: 0, stances: emptyCounts(), supportBase: 0, allies: 0, netSupport: null, topDecisionMaker: null, events: [] };
}
