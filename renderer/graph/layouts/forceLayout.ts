// Influence network: fcose on a headless Cytoscape, so the same code runs in a Web Worker (off the
// UI thread) or, where no Worker exists (unit tests), inline. Seeded, so the same account gives the same map.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutRelationship, Positions } from './types';

export interface ForceNode {
  id: string;
  /** Node diameter in px (size by score), so big nodes get room. */
  size: number;
}

export interface ForceInput {
  nodes: ForceNode[];
  edges: Array<Pick<LayoutRelationship, 'fromId' | 'toId' | 'type'> & { strength?: number | null }>;
  seed?: number;
}

/** Above this many people fcose runs in 'draft' quality: default quality takes ~30 s at 2,000 (TOOLCHAIN.md). */
export const FORCE_DRAFT_THRESHOLD = 300;

let registered = false;
function ensureFcose(): void {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
}

const IDEAL_LENGTH: Record<LayoutRelationship['type'], number> = { 'close-to': 70, influences: 90, 'reports-to': 110, 'conflicts-with': 220 };

export function fcoseOptions(nodeCount: number): Record<string, unknown> {
  const draft = nodeCount > FORCE_DRAFT_THRESHOLD;
  return {
    name: 'fcose',
    quality: draft ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    packComponents: true,
    nodeRepulsion: 6500,
    idealEdgeLength: (e: cytoscape.EdgeSingular) => IDEAL_LENGTH[e.data('type') as LayoutRelationship['type']] ?? 100,
    edgeElasticity: (e: cytoscape.EdgeSingular) => (e.data('type') === 'conflicts-with' ? 0.1 : 0.45),
    nodeSeparation: 90,
  };
}

/** Runs `fn` with Math.random replaced by a seeded generator (fcose samples randomly). */
function withSeed<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  let a = seed >>> 0;
  Math.random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

export function computeForcePositions(input: ForceInput, options: Record<string, unknown> = {}): Positions {
  ensureFcose();
  const ids = new Set(input.nodes.map((n) => n.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size } })),
      ...input.edges
        .filter((e) => ids.has(e.fromId) && ids.has(e.toId) && e.fromId !== e.toId)
        .map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.fromId, target: e.toId, type: e.type } })),
    ],
  });
  withSeed(input.seed ?? 1, () => cy.layout({ ...fcoseOptions(input.nodes.length), ...options } as unknown as cytoscape.LayoutOptions).run());
  const out: Positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 };
  });
  cy.destroy();
  return out;
}
