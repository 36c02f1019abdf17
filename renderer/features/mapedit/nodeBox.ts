// Where a person's node is on screen, in viewport px, for anchoring the card, menu and form to it.
import type { NodeSingular } from 'cytoscape';
import type { Box } from './store';

export function nodeBox(node: NodeSingular): Box {
  const container = node.cy().container();
  const origin = container ? container.getBoundingClientRect() : { left: 0, top: 0 };
  const bb = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
  return { x: origin.left + bb.x1, y: origin.top + bb.y1, width: bb.w, height: bb.h };
}

/** A point as a box (a right-click spot). */
export function pointBox(x: number, y: number): Box {
  return { x, y, width: 0, height: 0 };
}
