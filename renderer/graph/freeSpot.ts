// Free space on the map: where a node (with its label and badges) can go without covering anyone.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { separateBoxes, type SeparateItem } from './layouts/separate';
import { people } from './guides';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface Point {
  x: number;
  y: number;
}

/** Room kept between a node's box and its neighbours'. */
const GAP = 10;
const GOLDEN_ANGLE = 2.39996;

const hits = (a: Box, b: Box, gap = GAP) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** Boxes (labels and badges included) of the given nodes, in model coordinates. */
export function boxesOf(nodes: NodeCollection): Box[] {
  return nodes.map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
}

/** Does the node's box, at its current spot, touch any of `others`? */
export function overlapsAny(node: NodeSingular, others: readonly Box[]): boolean {
  const b = node.boundingBox({ includeLabels: true, includeOverlays: false });
  return others.some((o) => hits(b, o));
}

/**
 * The nearest spot to `near` (on a golden-angle spiral around it) where the node's box touches none of
 * `others`. The box is the node's own, labels and badges included, moved with it.
 */
export function freeSpot(node: NodeSingular, near: Point, others: readonly Box[]): Point {
  const b = node.boundingBox({ includeLabels: true, includeOverlays: false });
  const p = node.position();
  const rel = { x1: b.x1 - p.x, y1: b.y1 - p.y, x2: b.x2 - p.x, y2: b.y2 - p.y };
  const step = Math.max(20, Math.min(b.x2 - b.x1, b.y2 - b.y1) / 2);
  for (let k = 0; k < 5000; k++) {
    const r = k === 0 ? 0 : step * Math.sqrt(k);
    const at = { x: near.x + r * Math.cos(k * GOLDEN_ANGLE), y: near.y + r * Math.sin(k * GOLDEN_ANGLE) };
    const box = { x1: at.x + rel.x1, y1: at.y + rel.y1, x2: at.x + rel.x2, y2: at.y + rel.y2 };
    if (!others.some((o) => hits(box, o))) return at;
  }
  return near;
}

/** Room kept between boxes when a force layout is settled (tighter than for a newcomer: the fit must stay readable). */
const SETTLE_GAP = 6;

/**
 * After a force layout: boxes (labels included) that overlap are pushed apart with the least movement,
 * so the layout keeps its shape and extent; anyone still covering someone then goes to the nearest free spot.
 */
export function settleAll(cy: Core): void {
  const nodes = people(cy);
  const items: SeparateItem[] = nodes.map((n) => {
    const p = n.position();
    const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
    return { x: p.x, y: p.y, left: b.x1 - p.x, top: b.y1 - p.y, right: b.x2 - p.x, bottom: b.y2 - p.y };
  });
  const clear = separateBoxes(items, SETTLE_GAP);
  cy.batch(() => nodes.forEach((n, i) => void n.position({ x: (items[i] as SeparateItem).x, y: (items[i] as SeparateItem).y })));
  if (clear) return;
  const boxes = boxesOf(nodes);
  nodes.forEach((node, i) => {
    const others = boxes.filter((_, j) => j !== i);
    if (!others.some((o) => hits(boxes[i] as Box, o, SETTLE_GAP))) return;
    node.position(freeSpot(node, { ...node.position() }, others));
    boxes[i] = node.boundingBox({ includeLabels: true, includeOverlays: false });
  });
}

/** Moves each node that covers another (e.g. dropped onto someone) to the nearest free spot; true if any moved. */
export function nudgeFree(cy: Core, nodes: readonly NodeSingular[]): boolean {
  let moved = false;
  for (const node of nodes) {
    const others = boxesOf(people(cy).not(node));
    if (!overlapsAny(node, others)) continue;
    node.position(freeSpot(node, { ...node.position() }, others));
    moved = true;
  }
  return moved;
}

/** Org chart cell width, for the next spot in the group without a manager. */
const GROUP_STEP = 180;

export interface AnchorContext {
  /** People being placed in this round (not anchors). */
  waiting: ReadonlySet<string>;
  selectedId: string | null;
  /** The org chart is shown: someone with no reports-to line belongs in its group without a manager. */
  orgChart: boolean;
}

/**
 * Where a new person should go: next to the people they are linked to; in the org chart, someone with no
 * reports-to line joins the group without a manager (after its last member, else below the chart);
 * otherwise next to the selected person, else the middle of the view.
 */
export function newcomerAnchor(cy: Core, node: NodeSingular, c: AnchorContext): Point {
  const placed = (n: NodeSingular) => !c.waiting.has(n.id());
  const centre = (b: Box) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });
  const hasReportsTo = (n: NodeSingular) => n.connectedEdges('[type = "reports-to"]').nonempty();
  if (c.orgChart && !hasReportsTo(node)) {
    const everyone = people(cy).filter((n) => placed(n));
    const group = (everyone.toArray() as NodeSingular[]).filter((n) => !hasReportsTo(n));
    if (group.length > 0) {
      const last = group.reduce((a, b) => (b.position('y') > a.position('y') || (b.position('y') === a.position('y') && b.position('x') > a.position('x')) ? b : a));
      return { x: last.position('x') + GROUP_STEP, y: last.position('y') };
    }
    if (everyone.nonempty()) {
      const bb = everyone.boundingBox({ includeLabels: true, includeOverlays: false });
      return { x: bb.x1 + GROUP_STEP / 2, y: bb.y2 + GROUP_STEP };
    }
  }
  const linked = node.neighborhood('node').filter((n) => placed(n as NodeSingular));
  if (linked.nonempty()) return centre(linked.boundingBox({}));
  const selected = c.selectedId ? cy.getElementById(c.selectedId) : null;
  if (selected?.nonempty() && placed(selected)) return centre(selected.boundingBox({ includeLabels: true }));
  return centre(cy.extent());
}
