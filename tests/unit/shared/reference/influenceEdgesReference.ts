// The reference edge rows for influenceReference.ts (before the score was tuned for speed).
// The edges the influence score propagates over, in compressed rows indexed like the people sorted by
// id: each person's out-edges (whom they influence or report to, with weights) and each manager's
// direct reports. Built once per computeInfluence call; edge order in the input does not matter.
import { EDGE_TWELFTHS_BY_STRENGTH, REPORTS_TO_TWELFTHS } from '../../../../shared/domain/influenceWeights';
import { LIMITS } from '../../../../shared/domain/limits';
import type { Relationship } from '../../../../shared/domain/model';

/** Person i's targets are targets[offsets[i]..offsets[i+1]), ascending, with their weights. */
export interface EdgeRows {
  offsets: Int32Array;
  targets: Int32Array;
  /** Fraction of the target's standing that flows to the source (twelfths / 12). */
  weights: Float64Array;
}

function rows(n: number, pairs: Float64Array, weightOf: (pair: number) => number): EdgeRows {
  pairs.sort();
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(pairs.length);
  const weights = new Float64Array(pairs.length);
  pairs.forEach((pair, k) => {
    const from = Math.floor(pair / n);
    offsets[from + 1] = (offsets[from + 1] ?? 0) + 1;
    targets[k] = pair - from * n;
    weights[k] = weightOf(pair);
  });
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
  return { offsets, targets, weights };
}

/**
 * Out-edges X→Y: a pair's weight = strongest "influences" edge + "reports-to" if present; duplicates
 * count once. Self-links, other types and unknown ids are ignored.
 */
export function outEdges(index: ReadonlyMap<string, number>, relationships: readonly Relationship[], n: number): EdgeRows {
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
  const pairs = Float64Array.from(new Set([...strongest.keys(), ...reports]));
  return rows(n, pairs, (pair) => ((strongest.get(pair) ?? 0) + (reports.has(pair) ? REPORTS_TO_TWELFTHS : 0)) / 12);
}

/** Manager → direct reports (from "X reports to M" lines), each report once, ascending; weights unused (1). */
export function directReports(index: ReadonlyMap<string, number>, relationships: readonly Relationship[], n: number): EdgeRows {
  const pairs = new Set<number>();
  for (const r of relationships) {
    if (r.type !== 'reports-to') continue;
    const report = index.get(r.fromId);
    const manager = index.get(r.toId);
    if (report === undefined || manager === undefined || report === manager) continue;
    pairs.add(manager * n + report);
  }
  return rows(n, Float64Array.from(pairs), () => 1);
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
