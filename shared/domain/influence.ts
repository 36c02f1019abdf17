// The influence score (shared/domain/README.md): 0–100 per person = base from the rep's ratings and buying role
// + a network part ("influencing influential people makes you influential"), or a pinned score.
// Every score carries whole-point parts that add up exactly to it and name whom the network part flows through.
import {
  ACCESS_POINTS_PER_STEP,
  AUTHORITY_POINTS_PER_STEP,
  CONVERGENCE_EPSILON,
  EDGE_TWELFTHS_BY_STRENGTH,
  EXPERTISE_POINTS_PER_STEP,
  MAX_ITERATIONS,
  NETWORK_MAX,
  REPORTS_TO_TWELFTHS,
  ROLE_POINTS,
} from './influenceWeights';
import { apportion } from './influenceRounding';
import { LIMITS } from './limits';
import type { Person, Relationship } from './model';

export type InfluencePartKind = 'authority' | 'role' | 'expertise' | 'access' | 'network' | 'pinned';

/** The person a network part flows through ("+12 via Wang Li, top decision-maker"). */
export interface InfluenceVia {
  personId: string;
  name: string;
  isTopDecisionMaker: boolean;
}

export interface InfluencePart {
  kind: InfluencePartKind;
  /** Whole points; the parts of a breakdown add up exactly to its score. */
  points: number;
  /** Set on every `network` part, never on the others. */
  via?: InfluenceVia;
}

export interface InfluenceBreakdown {
  /** Integer 0–100 = sum of `parts[].points`. */
  score: number;
  /** Base parts in the order authority, role, expertise, access; then one `network` part per person, largest first. */
  parts: InfluencePart[];
}

export interface InfluenceScore extends InfluenceBreakdown {
  personId: string;
  /** True when the rep pinned the score: then `parts` is a single `pinned` part. */
  pinned: boolean;
  /** What the ratings and the network give, shown beside a pinned score; equals score/parts when not pinned. */
  computed: InfluenceBreakdown;
  /** Unrounded computed score (what `computed.score` rounds). */
  exact: number;
}

/** Ratings are stored as integers 1–5; anything else is clamped so a bad row cannot break the score. */
function rating(value: number): number {
  if (!Number.isFinite(value)) return LIMITS.ratingMin;
  return Math.min(LIMITS.ratingMax, Math.max(LIMITS.ratingMin, Math.round(value)));
}

function pinnedValue(person: Person): number | null {
  const p = person.pinnedScore;
  if (p === null || p === undefined || !Number.isFinite(p)) return null;
  return Math.min(LIMITS.scoreMax, Math.max(LIMITS.scoreMin, p));
}

/** The four base parts of one person, whole points. */
export function baseParts(person: Person): InfluencePart[] {
  return [
    { kind: 'authority', points: rating(person.authority) * AUTHORITY_POINTS_PER_STEP },
    { kind: 'role', points: ROLE_POINTS[person.buyingRole] ?? ROLE_POINTS.unknown },
    { kind: 'expertise', points: rating(person.expertise) * EXPERTISE_POINTS_PER_STEP },
    { kind: 'access', points: rating(person.accessToTop) * ACCESS_POINTS_PER_STEP },
  ];
}

const byId = (a: Person, b: Person): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Out-edges in compressed rows: person i's targets are targets[offsets[i]..offsets[i+1]), ascending, with their weights. */
interface EdgeRows {
  offsets: Int32Array;
  targets: Int32Array;
  /** Fraction of the target's standing that flows to the source (twelfths / 12). */
  weights: Float64Array;
}

/**
 * A pair's weight = strongest "influences" edge + "reports-to" if present; duplicates count once,
 * so the result does not depend on edge order. Self-links, other types and unknown ids are ignored.
 */
function outEdges(index: Map<string, number>, relationships: readonly Relationship[], n: number): EdgeRows {
  const strongest = new Map<number, number>();
  const reports = new Set<number>();
  for (const r of relationships) {
    if (r.type !== 'influences' && r.type !== 'reports-to') continue;
    const from = index.get(r.fromId);
    const to = index.get(r.toId);
    if (from === undefined || to === undefined || from === to) continue;
    const pair = from * n + to;
    if (r.type === 'reports-to') {
      reports.add(pair);
    } else {
      const s = Math.min(LIMITS.strengthMax, Math.max(LIMITS.strengthMin, Math.round(Number.isFinite(r.strength) ? (r.strength as number) : 1)));
      strongest.set(pair, Math.max(strongest.get(pair) ?? 0, EDGE_TWELFTHS_BY_STRENGTH[s - 1] ?? EDGE_TWELFTHS_BY_STRENGTH[0]));
    }
  }
  const pairs = Float64Array.from(new Set([...strongest.keys(), ...reports])).sort();
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(pairs.length);
  const weights = new Float64Array(pairs.length);
  pairs.forEach((pair, k) => {
    const from = Math.floor(pair / n);
    offsets[from + 1] = (offsets[from + 1] ?? 0) + 1;
    targets[k] = pair - from * n;
    weights[k] = ((strongest.get(pair) ?? 0) + (reports.has(pair) ? REPORTS_TO_TWELFTHS : 0)) / 12;
  });
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
  return { offsets, targets, weights };
}

/** Network points from the weighted standing of the people one influences: saturates below NETWORK_MAX. */
function networkPoints(weightedStanding: number): number {
  return NETWORK_MAX * (1 - Math.exp(-weightedStanding / 100));
}

/**
 * Scores every person. Standing s = pinned score, or base + network; network(X) =
 * NETWORK_MAX·(1 − exp(−Σ w·s(Y)/100)) over X's "influences"/"reports-to" edges X→Y (w = 1/3, 2/3, 1
 * by strength; 1/4 for reports-to). Iterated from the base to a fixed point: the map is monotone and
 * a contraction (every unpinned s ≥ 14), so it converges, and people are processed in id order so the
 * result does not depend on input order. Ids must be unique.
 */
export function computeInfluence(people: readonly Person[], relationships: readonly Relationship[]): Map<string, InfluenceScore> {
  const sorted = [...people].sort(byId);
  const n = sorted.length;
  const index = new Map(sorted.map((p, i) => [p.id, i]));
  const edges = outEdges(index, relationships, n);
  const bases = sorted.map(baseParts);
  const base = bases.map((parts) => parts.reduce((sum, part) => sum + part.points, 0));
  const pinned = sorted.map(pinnedValue);

  const { offsets, targets, weights } = edges;
  const weighted = (i: number, standing: Float64Array): number => {
    let sum = 0;
    const end = offsets[i + 1] ?? 0;
    for (let k = offsets[i] ?? 0; k < end; k++) sum += (weights[k] ?? 0) * (standing[targets[k] ?? 0] ?? 0);
    return sum;
  };

  let standing = Float64Array.from(sorted, (_, i) => pinned[i] ?? base[i] ?? 0);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next = new Float64Array(n);
    let delta = 0;
    for (let i = 0; i < n; i++) {
      next[i] = pinned[i] ?? (base[i] ?? 0) + networkPoints(weighted(i, standing));
      delta = Math.max(delta, Math.abs((next[i] ?? 0) - (standing[i] ?? 0)));
    }
    standing = next;
    if (delta < CONVERGENCE_EPSILON) break;
  }

  const result = new Map<string, InfluenceScore>();
  sorted.forEach((person, i) => {
    const total = weighted(i, standing);
    const network = networkPoints(total);
    const via: Array<{ j: number; raw: number }> = [];
    for (let k = offsets[i] ?? 0; k < (offsets[i + 1] ?? 0); k++) {
      const j = targets[k] ?? 0;
      const raw = total > 0 ? (network * (weights[k] ?? 0) * (standing[j] ?? 0)) / total : 0;
      if (raw > 0) via.push({ j, raw });
    }
    via.sort((a, b) => b.raw - a.raw || byId(sorted[a.j] as Person, sorted[b.j] as Person));
    const baseTotal = base[i] ?? 0;
    const exact = baseTotal + via.reduce((sum, v) => sum + v.raw, 0);
    const score = Math.min(LIMITS.scoreMax, Math.max(LIMITS.scoreMin, Math.round(exact)));
    // Base parts are whole points already, so only the network parts share the rounding.
    const viaPoints = apportion(via.map((v) => v.raw), score - baseTotal);
    const parts: InfluencePart[] = (bases[i] ?? []).slice();
    via.forEach((v, k) => {
      const pts = viaPoints[k] ?? 0;
      const target = sorted[v.j] as Person;
      if (pts > 0) parts.push({ kind: 'network', points: pts, via: { personId: target.id, name: target.name, isTopDecisionMaker: target.isTopDecisionMaker } });
    });
    const computed: InfluenceBreakdown = { score, parts };
    const pin = pinned[i];
    if (pin === null || pin === undefined) {
      result.set(person.id, { personId: person.id, score, parts, pinned: false, computed, exact });
    } else {
      const pinnedScore = Math.round(pin);
      result.set(person.id, { personId: person.id, score: pinnedScore, parts: [{ kind: 'pinned', points: pinnedScore }], pinned: true, computed, exact });
    }
  });
  return result;
}

/** Sum of the network parts of a breakdown (whole points). */
export function networkTotal(breakdown: InfluenceBreakdown): number {
  return breakdown.parts.reduce((sum, p) => (p.kind === 'network' ? sum + p.points : sum), 0);
}
