// Influence network: fcose on a headless Cytoscape, so the same code runs in a Web Worker (off the
// UI thread) or, where no Worker exists (unit tests), inline. Seeded, so the same account gives the same map.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { spread, type SpreadEdge, type SpreadNode } from './spread';
import { withSeed } from './seeded';
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

/** Above this many people fcose runs in 'draft' quality: default quality takes ~30 s at 2,000 (renderer/README.md). */
export const FORCE_DRAFT_THRESHOLD = 300;

let registered = false;
function ensureFcose(): void {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
}

const IDEAL_LENGTH: Record<LayoutRelationship['type'], number> = { 'close-to': 70, influences: 90, 'reports-to': 110, 'conflicts-with': 220 };
/** Pull of each relationship type in the spreading pass: friends close, rivals barely held. */
const PULL: Record<LayoutRelationship['type'], number> = { 'close-to': 1, influences: 0.8, 'reports-to': 0.6, 'conflicts-with': 0.05 };

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

/** The Cytoscape elements fcose lays out: the people (sized) and the relationships between them. */
export function forceElements(input: ForceInput): cytoscape.ElementDefinition[] {
  const ids = new Set(input.nodes.map((n) => n.id));
  return [
    ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size } })),
    ...input.edges
      .filter((e) => ids.has(e.fromId) && ids.has(e.toId) && e.fromId !== e.toId)
      .map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.fromId, target: e.toId, type: e.type } })),
  ];
}

/** fcose's result as the spreading pass's input (nodes in Cytoscape's order). */
export function spreadInputFrom(cy: cytoscape.Core): { nodes: SpreadNode[]; edges: SpreadEdge[] } {
  const index = new Map(cy.nodes().map((n, i) => [n.id(), i] as const));
  const nodes: SpreadNode[] = cy.nodes().map((n) => ({ x: n.position('x'), y: n.position('y'), size: n.data('size') as number }));
  const edges: SpreadEdge[] = cy.edges().map((e) => {
    const type = e.data('type') as LayoutRelationship['type'];
    return { source: index.get(e.source().id()) as number, target: index.get(e.target().id()) as number, length: IDEAL_LENGTH[type] * 1.5, weight: PULL[type] };
  });
  return { nodes, edges };
}

/** Room (bounding area ÷ the boxes' area) for an account laid out at default quality. */
const SMALL_ROOM = 1.1;

export function computeForcePositions(input: ForceInput, options: Record<string, unknown> = {}): Positions {
  ensureFcose();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: forceElements(input),
  });
  withSeed(input.seed ?? 1, () => cy.layout({ ...fcoseOptions(input.nodes.length), ...options } as unknown as cytoscape.LayoutOptions).run());
  const order = cy.nodes().map((n) => n.id());
  const { nodes, edges } = spreadInputFrom(cy);
  cy.destroy();
  // fcose's default quality is already well shaped (only needs room, and less of it: a small account must
  // read at laptop size, the boxes are pushed apart anyway); its draft needs the spreading pass.
  const draft = input.nodes.length > FORCE_DRAFT_THRESHOLD;
  spread(nodes, edges, draft ? { iterations: 40 } : { iterations: 0, room: SMALL_ROOM });
  const out: Positions = {};
  order.forEach((id, i) => {
    out[id] = { x: (nodes[i] as SpreadNode).x, y: (nodes[i] as SpreadNode).y };
  });
  return out;
}
