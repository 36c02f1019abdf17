// Benchmark (issue 12, point 3): an SVG of a 20,000-person map is refused up front in ≤ 100 ms.
// The refusal counts what is visible (people and lines) and estimates; nothing is drawn. Baseline:
// the same graph's bare node and edge counts in headless Cytoscape.
// Run alone: node --import tsx tests/bench/svgRefusal.ts   (or from npm run bench via scale.ts).
import cytoscape from 'cytoscape';
import type { TFunction } from 'i18next';
import { svgRefusalText } from '../../renderer/features/export/svgCheck';
import { syntheticAccount } from './syntheticAccount';
import { time } from './timing';

export interface SvgRefusalRow {
  name: string;
  ms: number;
  cpuMs: number;
  targetMs?: number;
  detail: string;
}

const words = ((key: string, params: Record<string, string>) => `${key} ${JSON.stringify(params)}`) as unknown as TFunction;

export function runSvgRefusalBench(people: number): SvgRefusalRow[] {
  const a = syntheticAccount(people);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...a.people.map((p, i) => ({ data: { id: p.id }, position: { x: (i % 150) * 230, y: Math.floor(i / 150) * 170 } })),
      ...a.relationships.map((r) => ({ data: { id: r.id, source: r.fromId, target: r.toId } })),
    ],
  });
  const bare = time(20, () => cy.nodes().length + cy.edges().length);
  let said: string | null = null;
  const refusal = time(20, () => {
    said = svgRefusalText(cy, words, 'en');
  });
  cy.destroy();
  return [
    { name: 'bare Cytoscape: count nodes and edges (baseline)', ...bare, detail: `${a.people.length} people, ${a.relationships.length} lines` },
    { name: 'SVG refused up front (count visible, estimate, the sentence)', ...refusal, targetMs: 100, detail: said ? 'refused' : 'NOT refused' },
  ];
}

export function printSvgRefusalBench(rows: SvgRefusalRow[]): void {
  console.log('| benchmark | median ms | CPU ms | target | |');
  console.log('| --- | ---: | ---: | --- | --- |');
  for (const r of rows) {
    const verdict = r.targetMs === undefined ? '' : `≤ ${r.targetMs} — ${r.ms <= r.targetMs ? 'met' : 'not met'}`;
    console.log(`| ${r.name} | ${r.ms} | ${r.cpuMs} | ${verdict} | ${r.detail} |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printSvgRefusalBench(runSvgRefusalBench(Number(process.env.PEOPLE ?? 20_000)));
