// The daily support-base series of one account: one forward pass over its history, keeping running
// counts and sums that each person row adjusts, so the cost is O(rows + days).
import { STANCES, STANCE_VALUE, type Person, type Stance } from '../domain/model';
import { addDays, dayRange } from './days';
import { Replayer } from './replay';
import type { HistoryRow, SupportEvent, SupportPoint, SupportSeries, TopDecisionMakerState } from './types';
import { ratingWeight } from './weights';

export interface SeriesOptions {
  accountId: string;
  /** The local day today: the series ends here unless `to` says otherwise. */
  today: string;
  /** Defaults to the first day of the account's history (or today, for an empty log). */
  from?: string | undefined;
  to?: string | undefined;
  /** Weight of a person's stance in net support; defaults to the ratings-only weight. */
  weightOf?: (p: Person) => number;
}

const emptyCounts = (): Record<Stance, number> => ({ ally: 0, supporter: 0, neutral: 0, skeptic: 0, opponent: 0, unknown: 0 });

/** Picks the top decision-maker; if a log ever held two flags at once, the latest edited wins. */
function pickTop(flagged: Map<string, Person>): Person | null {
  let best: Person | null = null;
  for (const p of flagged.values()) if (!best || p.updatedAt > best.updatedAt) best = p;
  return best;
}

function topState(p: Person | null): TopDecisionMakerState | null {
  return p ? { personId: p.id, name: p.name, stance: p.stance, met: p.met } : null;
}

export function computeSupportSeries(rows: readonly HistoryRow[], opts: SeriesOptions): SupportSeries {
  const weightOf = opts.weightOf ?? ratingWeight;
  const counts = emptyCounts();
  // Weights are kept as integers (hundredths) so thousands of add/subtract steps never drift.
  const weightById = new Map<string, number>();
  let weightedSum = 0;
  let weightTotal = 0;
  const flagged = new Map<string, Person>();
  // Start-of-day state of each person touched today; null while catching up before `from`.
  let touched: Map<string, Person | undefined> | null = null;

  const remove = (p: Person) => {
    counts[p.stance]--;
    const v = STANCE_VALUE[p.stance];
    const w = weightById.get(p.id) ?? 0;
    weightById.delete(p.id);
    if (v !== null) {
      weightedSum -= v * w;
      weightTotal -= w;
    }
    flagged.delete(p.id);
  };
  const add = (p: Person) => {
    counts[p.stance]++;
    const v = STANCE_VALUE[p.stance];
    const w = Math.round(weightOf(p) * 100);
    weightById.set(p.id, w);
    if (v !== null) {
      weightedSum += v * w;
      weightTotal += w;
    }
    if (p.isTopDecisionMaker) flagged.set(p.id, p);
  };

  const replayer = new Replayer(rows, (before, after, row) => {
    if (touched && !touched.has(row.entityId)) touched.set(row.entityId, before);
    if (before) remove(before);
    if (after) add(after);
  });

  const firstDay = replayer.firstDay();
  const from = opts.from ?? firstDay ?? opts.today;
  const to = opts.to ?? opts.today;
  replayer.advanceTo(addDays(from, -1));
  let top = pickTop(flagged);

  const points: SupportPoint[] = [];
  for (const day of dayRange(from, to)) {
    touched = new Map();
    replayer.advanceTo(day);
    const events: SupportEvent[] = [];
    for (const [id, start] of touched) {
      const end = replayer.people.get(id);
      if (!start && end) events.push({ kind: 'person-added', personId: id, name: end.name, stance: end.stance });
      else if (start && !end) events.push({ kind: 'person-removed', personId: id, name: start.name, stance: start.stance });
      else if (start && end && start.stance !== end.stance) {
        events.push({ kind: 'stance-changed', personId: id, name: end.name, from: start.stance, to: end.stance });
      }
    }
    const newTop = pickTop(flagged);
    if ((newTop?.id ?? null) !== (top?.id ?? null)) {
      events.push({ kind: 'top-decision-maker-changed', personId: newTop?.id ?? null, name: newTop?.name ?? null, previousId: top?.id ?? null });
    }
    top = newTop;
    let people = 0;
    for (const s of STANCES) people += counts[s];
    points.push({
      day,
      people,
      stances: { ...counts },
      supportBase: counts.ally + counts.supporter,
      allies: counts.ally,
      netSupport: weightTotal > 0 ? Math.round((weightedSum / weightTotal) * 500) / 10 : null,
      topDecisionMaker: topState(top),
      events,
    });
  }
  return { accountId: opts.accountId, firstDay, from, to, weighting: 'ratings', points };
}
