// The influence score (shared/domain/README.md): 0–100 per person = base from the rep's ratings and buying role
// + what flows from other people (the people one influences or reports to, and one's direct reports), or a
// pinned score. Every score carries whole-point parts that add up exactly to it and name whom they flow through.
import {
  ACCESS_POINTS_PER_STEP,
  AUTHORITY_POINTS_PER_STEP,
  CONVERGENCE_EPSILON,
  EXPERTISE_POINTS_PER_STEP,
  MAX_ITERATIONS,
  NETWORK_MAX,
  ROLE_POINTS,
  TEAM_TWELFTHS,
  TOP_ACCESS_POINTS,
  TOP_ROLE_POINTS,
} from './influenceWeights';
import { mergeRows, reportsFirstOrder, scoreRows, type EdgeRows } from './influenceEdges';
import { apportion } from './influenceRounding';
import { LIMITS } from './limits';
import type { Person, Relationship } from './model';
import { isRated, ratingValue } from './personDefaults';

export type InfluencePartKind = 'authority' | 'role' | 'expertise' | 'access' | 'network' | 'reports' | 'pinned';

/** Why a base part is not simply the rating: not rated yet (counted as 3), or set by decision power. */
export type InfluencePartNote = 'notRated' | 'topDecisionMaker';

/** A person a part flows through ("+12 via Wang Li, top decision-maker"). */
export interface InfluenceVia {
  personId: string;
  name: string;
  isTopDecisionMaker: boolean;
}

export interface InfluencePart {
  kind: InfluencePartKind;
  /** Whole points; the parts of a breakdown add up exactly to its score. */
  points: number;
  /** Set on every `network` part (the person influenced or reported to), never on the others. */
  via?: InfluenceVia;
  /** Set on every `reports` part: the direct reports it flows from, largest share first; never on the others. */
  through?: InfluenceVia[];
  /** Only on base parts. */
  note?: InfluencePartNote;
}

export interface InfluenceBreakdown {
  /** Integer 0–100 = sum of `parts[].points`. */
  score: number;
  /** Base parts in the order authority, role, expertise, access; then the `network` parts and the one `reports` part, largest first. */
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

function pinnedValue(person: Person): number | null {
  const p = person.pinnedScore;
  if (p === null || p === undefined || !Number.isFinite(p)) return null;
  return Math.min(LIMITS.scoreMax, Math.max(LIMITS.scoreMin, p));
}

function ratingPart(kind: 'authority' | 'expertise', value: number | null, perStep: number): InfluencePart {
  const part: InfluencePart = { kind, points: ratingValue(value) * perStep };
  if (!isRated(value)) part.note = 'notRated';
  return part;
}

/**
 * The four base parts of one person, whole points. A rating not given counts as 3 (note `notRated`).
 * The top decision-maker has full access by definition and at least a decision-maker's role points.
 */
export function baseParts(person: Person): InfluencePart[] {
  const role = ROLE_POINTS[person.buyingRole] ?? ROLE_POINTS.unknown;
  const top = person.isTopDecisionMaker === true;
  const access: InfluencePart = top
    ? { kind: 'access', points: TOP_ACCESS_POINTS, note: 'topDecisionMaker' }
    : { kind: 'access', points: ratingValue(person.accessToTop) * ACCESS_POINTS_PER_STEP, ...(isRated(person.accessToTop) ? {} : { note: 'notRated' as const }) };
  return [
    ratingPart('authority', person.authority, AUTHORITY_POINTS_PER_STEP),
    top && role < TOP_ROLE_POINTS ? { kind: 'role', points: TOP_ROLE_POINTS, note: 'topDecisionMaker' } : { kind: 'role', points: role },
    ratingPart('expertise', person.expertise, EXPERTISE_POINTS_PER_STEP),
    access,
  ];
}

const byId = (a: Person, b: Person): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Points from the weighted standing of the people one draws from: saturates below NETWORK_MAX. */
function networkPoints(weightedStanding: number): number {
  return NETWORK_MAX * (1 - Math.exp(-weightedStanding / 100));
}

const TEAM_WEIGHT = TEAM_TWELFTHS / 12;

interface Graph {
  edges: EdgeRows;
  team: EdgeRows;
  /** edges + team (weight ¼) merged: what the iteration sums. */
  draws: EdgeRows;
  /** Whether reports-to lines form a loop (then the floor needs more than one pass). */
  loops: boolean;
  /** People with direct reports, each after their own reports (reports-first order). */
  managers: Int32Array;
  pinned: Array<number | null>;
  /** 1 where the person is not pinned (their standing is computed). */
  free: Uint8Array;
}

function weighted(rows: EdgeRows, i: number, standing: Float64Array): number {
  let sum = 0;
  const { offsets, targets, weights } = rows;
  for (let k = offsets[i] ?? 0; k < (offsets[i + 1] ?? 0); k++) sum += (weights[k] ?? 0) * (standing[targets[k] ?? 0] ?? 0);
  return sum;
}

/**
 * What flows to each person from others, written into `network` and `flow`: network = NETWORK_MAX·(1 − e^(−W/100)),
 * W = Σ w·s over their out-edges + ¼·Σ s over their direct reports; flow = network raised to the flow of
 * any unpinned direct report (a manager reaches whatever their team reaches), carried up whole reports-to chains.
 */
function flows(g: Graph, standing: Float64Array, network: Float64Array, flow: Float64Array): void {
  const n = network.length;
  for (let i = 0; i < n; i++) network[i] = networkPoints(weighted(g.draws, i, standing));
  flow.set(network);
  const { offsets, targets } = g.team;
  const managers = g.managers;
  // One pass in reports-first order settles a tree; a reports-to loop needs more (each pass only raises values).
  for (let pass = 0, changed = true; changed && pass <= n && (pass === 0 || g.loops); pass++) {
    changed = false;
    for (let x = 0; x < managers.length; x++) {
      const m = managers[x] ?? 0;
      let best = flow[m] ?? 0;
      for (let k = offsets[m] ?? 0; k < (offsets[m + 1] ?? 0); k++) {
        const r = targets[k] ?? 0;
        if (g.free[r] === 1 && (flow[r] ?? 0) > best) best = flow[r] ?? 0;
      }
      if (best > (flow[m] ?? 0)) {
        flow[m] = best;
        changed = true;
      }
    }
  }
}

/** The fixed point every score comes from: people in id order, the graph, standings and flows. */
interface Solved {
  sorted: Person[];
  g: Graph;
  bases: InfluencePart[][];
  base: number[];
  standing: Float64Array;
  network: Float64Array;
  flow: Float64Array;
}

function solve(people: readonly Person[], relationships: readonly Relationship[]): Solved {
  const sorted = [...people].sort(byId);
  const n = sorted.length;
  const index = new Map(sorted.map((p, i) => [p.id, i]));
  const { edges, team } = scoreRows(index, relationships, n);
  const { order, loops } = reportsFirstOrder(team, n);
  const managers = order.filter((m) => (team.offsets[m + 1] ?? 0) > (team.offsets[m] ?? 0));
  const pinned = sorted.map(pinnedValue);
  const free = Uint8Array.from(pinned, (p) => (p === null ? 1 : 0));
  const g: Graph = { edges, team, draws: mergeRows(edges, team, TEAM_WEIGHT, n), loops, managers, pinned, free };
  const bases = sorted.map(baseParts);
  const base = bases.map((parts) => parts.reduce((sum, part) => sum + part.points, 0));

  let standing = new Float64Array(n);
  let next = new Float64Array(n);
  const network = new Float64Array(n);
  const flow = new Float64Array(n);
  for (let i = 0; i < n; i++) standing[i] = g.pinned[i] ?? base[i] ?? 0;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    flows(g, standing, network, flow);
    let delta = 0;
    for (let i = 0; i < n; i++) {
      next[i] = free[i] === 1 ? (base[i] ?? 0) + (flow[i] ?? 0) : (pinned[i] ?? 0);
      delta = Math.max(delta, Math.abs((next[i] ?? 0) - (standing[i] ?? 0)));
    }
    [standing, next] = [next, standing];
    if (delta < CONVERGENCE_EPSILON) break;
  }
  flows(g, standing, network, flow);
  return { sorted, g, bases, base, standing, network, flow };
}

/** A whole, clamped score from its exact value (what `breakdown` rounds to as well). */
const wholeScore = (exact: number): number => Math.min(LIMITS.scoreMax, Math.max(LIMITS.scoreMin, Math.round(exact)));

/**
 * Only the scores (person id → 0–100), equal to `computeInfluence(…).get(id).score` for everyone, without
 * the breakdowns: what changed compares two days' scores and needs nothing else (at 20,000 people the
 * breakdowns are most of a run).
 */
export function computeInfluenceScores(people: readonly Person[], relationships: readonly Relationship[]): Map<string, number> {
  const { sorted, g, base, flow } = solve(people, relationships);
  const scores = new Map<string, number>();
  for (let i = 0; i < sorted.length; i++) {
    const pin = g.pinned[i];
    scores.set((sorted[i] as Person).id, pin === null || pin === undefined ? wholeScore((base[i] ?? 0) + (flow[i] ?? 0)) : Math.round(pin));
  }
  return scores;
}

/**
 * Scores every person. Standing s = pinned score, or base + flow (see `flows`). Iterated from the base
 * to a fixed point: the map is monotone and a contraction (every unpinned s ≥ 14), so it converges,
 * and people are processed in id order so the result does not depend on input order. Ids must be unique.
 */
export function computeInfluence(people: readonly Person[], relationships: readonly Relationship[]): Map<string, InfluenceScore> {
  const { sorted, g, bases, base, standing, network, flow } = solve(people, relationships);
  const n = sorted.length;
  const result = new Map<string, InfluenceScore>();
  const vias = new Array<InfluenceVia | undefined>(n);
  const viaOf = (j: number): InfluenceVia => (vias[j] ??= via(sorted[j] as Person));
  for (let i = 0; i < n; i++) {
    const person = sorted[i] as Person;
    const computed = breakdown(g, viaOf, i, standing, flow, base[i] ?? 0, bases[i] ?? [], network[i] ?? 0);
    const pin = g.pinned[i];
    if (pin === null || pin === undefined) {
      result.set(person.id, { personId: person.id, score: computed.score, parts: computed.parts, pinned: false, computed: { score: computed.score, parts: computed.parts }, exact: computed.exact });
    } else {
      const pinnedScore = Math.round(pin);
      result.set(person.id, { personId: person.id, score: pinnedScore, parts: [{ kind: 'pinned', points: pinnedScore }], pinned: true, computed: { score: computed.score, parts: computed.parts }, exact: computed.exact });
    }
  }
  return result;
}

/** Made once per person and call, shared by every part that flows through them (answers are read-only). */
const via = (p: Person): InfluenceVia => ({ personId: p.id, name: p.name, isTopDecisionMaker: p.isTopDecisionMaker });

/**
 * One person's parts: the network split by what each out-edge and the team contribute, largest first
 * (ties keep id order, the reports part after the people); a raise to a report's flow goes to the reports part.
 */
function breakdown(
  g: Graph,
  viaOf: (j: number) => InfluenceVia,
  i: number,
  standing: Float64Array,
  flow: Float64Array,
  base: number,
  baseParts: readonly InfluencePart[],
  network: number,
): InfluenceBreakdown & { exact: number } {
  const total = weighted(g.draws, i, standing);
  const scale = total > 0 ? network / total : 0;
  const raws: number[] = [];
  const from: number[] = []; // the person a network part flows through; -1 for the reports part
  for (let k = g.edges.offsets[i] ?? 0; k < (g.edges.offsets[i + 1] ?? 0); k++) {
    const j = g.edges.targets[k] ?? 0;
    const raw = scale * (g.edges.weights[k] ?? 0) * (standing[j] ?? 0);
    if (raw > 0) {
      raws.push(raw);
      from.push(j);
    }
  }
  const exact = base + (flow[i] ?? 0);
  const team = teamShares(g, i, scale, standing, flow, Math.max(0, (flow[i] ?? 0) - network));
  if (team.raw > 0) {
    raws.push(team.raw);
    from.push(-1);
  }
  if (raws.length > 1) sortLargestFirst(raws, from);

  const score = wholeScore(exact);
  // Base parts are whole points already, so only the parts that flow from others share the rounding.
  const points = apportion(raws, score - base);
  const parts = baseParts.slice();
  for (let x = 0; x < points.length; x++) {
    const pts = points[x] ?? 0;
    if (pts <= 0) continue;
    const j = from[x] ?? -1;
    if (j >= 0) parts.push({ kind: 'network', points: pts, via: viaOf(j) });
    else parts.push({ kind: 'reports', points: pts, through: team.through.map(viaOf) });
  }
  return { score, parts, exact };
}

/** Sorts raws (and `from` alongside) largest first; equal raws keep their order (insertion sort for the usual few inflows). */
function sortLargestFirst(raws: number[], from: number[]): void {
  if (raws.length > 32) {
    const order = raws.map((_, k) => k).sort((a, b) => (raws[b] ?? 0) - (raws[a] ?? 0) || a - b);
    const r = order.map((k) => raws[k] ?? 0);
    const f = order.map((k) => from[k] ?? -1);
    r.forEach((v, k) => ((raws[k] = v), (from[k] = f[k] ?? -1)));
    return;
  }
  for (let k = 1; k < raws.length; k++) {
    const r = raws[k] ?? 0;
    const f = from[k] ?? -1;
    let x = k - 1;
    for (; x >= 0 && (raws[x] ?? 0) < r; x--) {
      raws[x + 1] = raws[x] ?? 0;
      from[x + 1] = from[x] ?? -1;
    }
    raws[x + 1] = r;
    from[x + 1] = f;
  }
}

const NO_TEAM: { raw: number; through: readonly number[] } = { raw: 0, through: [] };

/**
 * The team's share of manager i's flow: ¼ of each direct report's standing (scaled like the network),
 * the raise added to the best-reaching unpinned report; `through` = reports with a share, largest first.
 */
function teamShares(g: Graph, i: number, scale: number, standing: Float64Array, flow: Float64Array, raise: number): { raw: number; through: readonly number[] } {
  const start = g.team.offsets[i] ?? 0;
  const end = g.team.offsets[i + 1] ?? 0;
  if (end <= start) return NO_TEAM;
  let raisedBy = -1;
  for (let k = start; k < end; k++) {
    const j = g.team.targets[k] ?? 0;
    if (g.free[j] === 1 && (raisedBy < 0 || (flow[j] ?? 0) > (flow[raisedBy] ?? 0))) raisedBy = j;
  }
  const shares: number[] = [];
  const targetOf: number[] = [];
  for (let k = start; k < end; k++) {
    const j = g.team.targets[k] ?? 0;
    const share = scale * TEAM_WEIGHT * (standing[j] ?? 0) + (j === raisedBy ? raise : 0);
    if (share > 0) {
      shares.push(share);
      targetOf.push(j);
    }
  }
  // Targets come in id order, so a tie keeps id order.
  if (shares.length > 1) sortLargestFirst(shares, targetOf);
  let raw = 0;
  for (const share of shares) raw += share;
  return { raw, through: targetOf };
}

/** Sum of the parts that flow from other people (network and via reports), whole points. */
export function networkTotal(breakdown: InfluenceBreakdown): number {
  return breakdown.parts.reduce((sum, p) => (p.kind === 'network' || p.kind === 'reports' ? sum + p.points : sum), 0);
}
