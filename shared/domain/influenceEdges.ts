// The edges the influence score propagates over, in compressed rows indexed like the people sorted by
// id: each person's out-edges (whom they influence or report to, with weights) and each manager's
// direct reports. Built once per computeInfluence call; edge order in the input does not matter.
import { EDGE_TWELFTHS_BY_STRENGTH, REPORTS_TO_TWELFTHS } from './influenceWeights';
import { LIMITS } from './limits';
import type { Relationship } from './model';

/** Person i's targets are targets[offsets[i]..offsets[i+1]), ascending, with their weights. */
export interface EdgeRows {
  offsets: Int32Array;
  targets: Int32Array;
  /** Fraction of the target's standing that flows to the source (twelfths / 12). */
  weights: Float64Array;
}

/** Counts per row (at i + 1) → row starts: row i is [offsets[i], offsets[i + 1]). */
function prefix(counts: Int32Array): Int32Array {
  for (let i = 1; i < counts.length; i++) counts[i] = (counts[i] ?? 0) + (counts[i - 1] ?? 0);
  return counts;
}

/**
 * Sorts each row's packed keys (target × 32 + flags) ascending, keeps each target once (its flags
 * merged with `merge`) and returns the rows compacted, each target's weight given by `weightOf`.
 */
function compact(offsets: Int32Array, keys: Int32Array, merge: (a: number, b: number) => number, weightOf: (flags: number) => number): EdgeRows {
  const n = offsets.length - 1;
  const out = new Int32Array(n + 1);
  const targets = new Int32Array(keys.length);
  const weights = new Float64Array(keys.length);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const start = offsets[i] ?? 0;
    const end = offsets[i + 1] ?? 0;
    if (end - start > 1) keys.subarray(start, end).sort();
    for (let x = start; x < end; ) {
      const target = (keys[x] ?? 0) >> 5;
      let flags = (keys[x] ?? 0) & 31;
      for (x++; x < end && (keys[x] ?? 0) >> 5 === target; x++) flags = merge(flags, (keys[x] ?? 0) & 31);
      targets[k] = target;
      weights[k] = weightOf(flags);
      k++;
    }
    out[i + 1] = k;
  }
  return { offsets: out, targets: targets.slice(0, k), weights: weights.slice(0, k) };
}

/** Flag bit of a reports-to line in a packed key; the low 4 bits hold an influence's twelfths (4, 8, 12). */
const REPORTS_FLAG = 16;
const INFLUENCE_BITS = 15;

function strengthTwelfths(strength: number | null): number {
  const s = Math.min(LIMITS.strengthMax, Math.max(LIMITS.strengthMin, Math.round(Number.isFinite(strength) ? (strength as number) : 1)));
  return EDGE_TWELFTHS_BY_STRENGTH[s - 1] ?? EDGE_TWELFTHS_BY_STRENGTH[0];
}

/** The strongest influence of two keys of one pair, and reports-to if either has it. */
const mergeOut = (a: number, b: number): number => Math.max(a & INFLUENCE_BITS, b & INFLUENCE_BITS) | ((a | b) & REPORTS_FLAG);
const outWeight = (flags: number): number => ((flags & INFLUENCE_BITS) + (flags & REPORTS_FLAG ? REPORTS_TO_TWELFTHS : 0)) / 12;

/**
 * The two sets of rows the score reads, from one pass over the relationships (a counting sort by
 * source, then each row sorted by target):
 * - `edges`, out-edges X→Y: a pair's weight = strongest "influences" edge + "reports-to" if present;
 *   duplicates count once;
 * - `team`, manager → direct reports (from "X reports to M" lines), each report once; weights 1.
 * Self-links, other types and unknown ids are ignored. Ids are below 2^26 (keys pack target × 32).
 */
export function scoreRows(index: ReadonlyMap<string, number>, relationships: readonly Relationship[], n: number): { edges: EdgeRows; team: EdgeRows } {
  const m = relationships.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const flags = new Int8Array(m);
  const outStart = new Int32Array(n + 1);
  const teamStart = new Int32Array(n + 1);
  let count = 0;
  for (const r of relationships) {
    if (r.type !== 'influences' && r.type !== 'reports-to') continue;
    const f = index.get(r.fromId);
    const t = index.get(r.toId);
    if (f === undefined || t === undefined || f === t) continue;
    from[count] = f;
    to[count] = t;
    if (r.type === 'reports-to') {
      flags[count] = REPORTS_FLAG;
      teamStart[t + 1] = (teamStart[t + 1] ?? 0) + 1;
    } else {
      flags[count] = strengthTwelfths(r.strength);
    }
    outStart[f + 1] = (outStart[f + 1] ?? 0) + 1;
    count++;
  }
  prefix(outStart);
  prefix(teamStart);
  const outKeys = new Int32Array(outStart[n] ?? 0);
  const teamKeys = new Int32Array(teamStart[n] ?? 0);
  const outFill = outStart.slice(0, n);
  const teamFill = teamStart.slice(0, n);
  for (let e = 0; e < count; e++) {
    const f = from[e] ?? 0;
    const t = to[e] ?? 0;
    outKeys[outFill[f]!++] = t * 32 + (flags[e] ?? 0);
    if (flags[e] === REPORTS_FLAG) teamKeys[teamFill[t]!++] = f * 32;
  }
  return { edges: compact(outStart, outKeys, mergeOut, outWeight), team: compact(teamStart, teamKeys, (a) => a, () => 1) };
}

/** Two sets of rows in one (b's weights times `bWeight`; the weights of a pair in both add up), for the iteration. */
export function mergeRows(a: EdgeRows, b: EdgeRows, bWeight: number, n: number): EdgeRows {
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(a.targets.length + b.targets.length);
  const weights = new Float64Array(targets.length);
  let k = 0;
  for (let i = 0; i < n; i++) {
    let x = a.offsets[i] ?? 0;
    let y = b.offsets[i] ?? 0;
    const xEnd = a.offsets[i + 1] ?? 0;
    const yEnd = b.offsets[i + 1] ?? 0;
    // Both rows are ascending by target: merge them.
    while (x < xEnd || y < yEnd) {
      const tx = x < xEnd ? (a.targets[x] ?? 0) : n;
      const ty = y < yEnd ? (b.targets[y] ?? 0) : n;
      targets[k] = Math.min(tx, ty);
      weights[k] = (tx <= ty ? (a.weights[x++] ?? 0) : 0) + (ty <= tx ? (b.weights[y++] ?? 0) * bWeight : 0);
      k++;
    }
    offsets[i + 1] = k;
  }
  return { offsets, targets: targets.slice(0, k), weights: weights.slice(0, k) };
}

/**
 * Managers after their reports (depth-first post-order from each person in index order), so one pass
 * in this order carries a value up a whole reports-to tree; `loops` says whether a reports-to loop
 * exists (then more passes are needed).
 */
export function reportsFirstOrder(team: EdgeRows, n: number): { order: Int32Array; loops: boolean } {
  const order = new Int32Array(n);
  const state = new Uint8Array(n); // 0 new, 1 on the stack, 2 done
  let k = 0;
  let loops = false;
  const stack: Array<[node: number, next: number]> = [];
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue;
    stack.push([root, team.offsets[root] ?? 0]);
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const [node, next] = top;
      if (next < (team.offsets[node + 1] ?? 0)) {
        top[1] = next + 1;
        const child = team.targets[next] ?? 0;
        if (state[child] === 0) {
          state[child] = 1;
          stack.push([child, team.offsets[child] ?? 0]);
        } else if (state[child] === 1) {
          loops = true;
        }
      } else {
        stack.pop();
        state[node] = 2;
        order[k++] = node;
      }
    }
  }
  return { order, loops };
}
