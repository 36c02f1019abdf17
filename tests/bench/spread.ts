// The influence network's first layout at 2,000 and 20,000 people, in Node (the layout worker runs the
// same code in Chromium's V8): fcose draft once per size, then on its output the spreading pass as it is
// (free-cell settle) and as it was (spiral settle, tests/bench/spreadSpiral.ts), beside bare fcose draft.
// Run alone: node --import tsx tests/bench/spread.ts  (BENCH_SPREAD_SIZES=2000,20000)
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions, forceElements, spreadInputFrom } from '../../renderer/graph/layouts/forceLayout';
import { forceInputOf } from '../../renderer/graph/layouts/influenceNetwork';
import { spread, type SpreadNode } from '../../renderer/graph/layouts/spread';
import { spread as spiralSpread } from './spreadSpiral';
import { syntheticAccount } from './syntheticAccount';
import { round2 } from './timing';

export interface SpreadRow {
  label: string;
  ms: number;
  cpuMs: number;
  baselineMs: number;
  baselineCpuMs: number;
  baseline: string;
}

function timed(fn: () => void): { ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { ms: round2(performance.now() - t0), cpuMs: round2((c.user + c.system) / 1000) };
}

export function runSpreadBench(sizes = (process.env.BENCH_SPREAD_SIZES ?? '2000,20000').split(',').map(Number)): SpreadRow[] {
  cytoscape.use(fcose);
  const rows: SpreadRow[] = [];
  for (const size of sizes) {
    const input = forceInputOf(syntheticAccount(size));
    const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }], elements: forceElements(input) });
    const draft = timed(() => cy.layout(fcoseOptions(size) as unknown as cytoscape.LayoutOptions).run());
    const { nodes, edges } = spreadInputFrom(cy);
    cy.destroy();
    const copy = (): SpreadNode[] => nodes.map((p) => ({ ...p }));
    const now = timed(() => spread(copy(), edges, { iterations: 40 }));
    const before = timed(() => spiralSpread(copy(), edges, { iterations: 40 }));
    const n = size.toLocaleString('en-US');
    rows.push({ label: `${n} people: spreading pass (free-cell settle) vs before (spiral settle), same fcose output`, ...now, baselineMs: before.ms, baselineCpuMs: before.cpuMs, baseline: 'spiral' });
    rows.push({
      label: `${n} people: first influence-network layout (fcose draft + spreading pass) vs bare fcose draft`,
      ms: round2(draft.ms + now.ms),
      cpuMs: round2(draft.cpuMs + now.cpuMs),
      baselineMs: draft.ms,
      baselineCpuMs: draft.cpuMs,
      baseline: 'fcose',
    });
    rows.push({ label: `${n} people: the same layout before (fcose draft + spiral settle) vs bare fcose draft`, ms: round2(draft.ms + before.ms), cpuMs: round2(draft.cpuMs + before.cpuMs), baselineMs: draft.ms, baselineCpuMs: draft.cpuMs, baseline: 'fcose' });
  }
  return rows;
}

export function printSpreadBench(rows: readonly SpreadRow[]): void {
  console.log('| benchmark | wall ms | CPU ms | baseline wall ms | baseline CPU ms | ratio (CPU) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.label} | ${Math.round(r.ms)} | ${Math.round(r.cpuMs)} | ${Math.round(r.baselineMs)} | ${Math.round(r.baselineCpuMs)} | ${(r.cpuMs / r.baselineCpuMs).toFixed(2)}× |`);
}

if (import.meta.url === `file://${process.argv[1]}`) printSpreadBench(runSpreadBench());
