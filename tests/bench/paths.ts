// Benchmark (issue 10, point 9): paths to power on a 2,000-person account must answer in ≤ 50 ms.
// Baseline in the same run: one plain breadth-first search from the target over the same lines (no
// stance levels, no ranking) — the least any path search has to do. Also timed: a what-if scenario
// (someone leaves: map rebuilt, influence recomputed, paths searched again), as the renderer does it.
// Run alone: node --import tsx tests/bench/paths.ts   (or from npm run bench via runPathsBench()).
import { pathToFileURL } from 'node:url';
import { computeInfluence } from '../../shared/domain/influence';
import type { AccountMap, Relationship } from '../../shared/domain/model';
import { findPaths } from '../../shared/domain/paths';
import { applyScenario } from '../../shared/domain/scenario';
import { printSeriesBench, type SeriesBenchRow } from './series';
import { syntheticAccount } from './syntheticAccount';
import { time } from './timing';



/** Plain BFS from `from` over every non-conflict line, both directions: the baseline. */
function plainBfs(relationships: readonly Relationship[], from: string): number {
  const adj = new Map<string, string[]>();
  const push = (a: string, b: string) => {
    const list = adj.get(a);
    if (list) list.push(b);
    else adj.set(a, [b]);
  };
  for (const r of relationships) {
    if (r.type === 'conflicts-with') continue;
    push(r.fromId, r.toId);
    push(r.toId, r.fromId);
  }
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const to of adj.get(id) ?? []) {
        if (seen.has(to)) continue;
        seen.add(to);
        next.push(to);
      }
    }
    frontier = next;
  }
  return seen.size;
}

export function runPathsBench(options: { people?: number; runs?: number } = {}): SeriesBenchRow[] {
  const size = options.people ?? 2000;
  const runs = options.runs ?? 25;
  const a = syntheticAccount(size);
  const top = a.people.find((p) => p.isTopDecisionMaker) ?? a.people[0]!;
  // A target deep in the org, not the hub everyone reports up to.
  const deep = a.people[a.people.length - 1]!;
  const shape = `${size} people, ${a.relationships.length} relationships`;
  const bfs = time(runs, () => plainBfs(a.relationships, top.id));
  const toTop = time(runs, () => findPaths(a.people, a.relationships, top.id));
  const toDeep = time(runs, () => findPaths(a.people, a.relationships, deep.id));
  const found = findPaths(a.people, a.relationships, top.id);
  const map: AccountMap = { account: a.account, people: a.people, relationships: a.relationships, positions: [] };
  const leaver = found[0]?.people[0]?.personId ?? a.people[1]!.id;
  const scenario = time(Math.max(5, Math.floor(runs / 3)), () => {
    const s = applyScenario(map, { personId: leaver, kind: 'left' });
    computeInfluence(s.people, s.relationships);
    return findPaths(s.people, s.relationships, top.id);
  });
  return [
    { name: 'plain BFS from the top decision-maker (baseline)', ...bfs, detail: `${shape}; reaches ${plainBfs(a.relationships, top.id)} people` },
    { name: 'findPaths to the top decision-maker', ...toTop, targetMs: 50, detail: `${found.length} paths, ${found.map((p) => p.links.length).join('/')} steps` },
    { name: 'findPaths to a person deep in the org', ...toDeep, targetMs: 50, detail: `${findPaths(a.people, a.relationships, deep.id).length} paths` },
    { name: 'what-if "left": scenario map + influence + paths', ...scenario, detail: 'what the renderer computes on "What if … left"' },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = runPathsBench();
  printSeriesBench(rows);
  if (rows.some((r) => r.targetMs !== undefined && r.cpuMs > r.targetMs)) process.exitCode = 1;
}
