// On a big map a person's label is measured and drawn only once the rep looks near it. Cytoscape
// measures (and wraps) every label to know each node's box, zoomed in or not: 20,000 names cost
// seconds at opening, where a fitted big map is far too small to show any name. So big maps take their
// people in without a label; when the view reaches reading distance (REVEAL_ZOOM), the people on and
// around the screen get theirs, once, for good. Nothing is put back on zooming out, so zooming never
// restyles the whole map (the old far view did, 3.6 s each way at 20,000 people). Exports and a fit
// close enough to read call `revealAllLabels` first, so they see everyone's label.
import type { Core, EventObject, NodeSingular, StylesheetStyle } from 'cytoscape';

export const UNLABELLED_CLASS = 'pm-unlabelled';
/** Labels are hidden below 9 px (min-zoomed-font-size) anyway: 15 px names reach that at zoom 0.6. */
export const REVEAL_ZOOM = 0.35;
/** Around the screen too, so a short pan shows names straight away: half a screen each side. */
const AROUND = 0.5;

export const lazyLabelStyle: StylesheetStyle[] = [{ selector: `node.${UNLABELLED_CLASS}`, style: { label: '' } }];

interface LazyState {
  enabled: boolean;
  waiting: NodeSingular[];
  /** Someone left the map since `waiting` was last pruned (an account switch removes everyone). */
  removed: boolean;
}

const stateOf = (cy: Core): LazyState | undefined => cy.scratch('_powermapLazyLabels') as LazyState | undefined;

type Extent = ReturnType<Core['extent']>;

/** On the screen or within AROUND of it. */
function near(e: Extent, p: { x: number; y: number }): boolean {
  return p.x >= e.x1 - e.w * AROUND && p.x <= e.x2 + e.w * AROUND && p.y >= e.y1 - e.h * AROUND && p.y <= e.y2 + e.h * AROUND;
}

function reveal(cy: Core, nodes: NodeSingular[]): void {
  if (nodes.length === 0) return;
  cy.batch(() => {
    for (const n of nodes) if (!n.removed()) n.removeClass(UNLABELLED_CLASS);
  });
}

/** Gives the people on and around the screen their labels, when the view is close enough to read. */
export function revealLabelsInView(cy: Core): void {
  const state = stateOf(cy);
  if (!state || state.waiting.length === 0 || cy.zoom() < REVEAL_ZOOM) return;
  const e = cy.extent();
  const now: NodeSingular[] = [];
  const later: NodeSingular[] = [];
  for (const n of state.waiting) if (!n.removed()) (near(e, n.position()) ? now : later).push(n);
  state.waiting = later;
  reveal(cy, now);
}

/** Everyone's label, now (exports, a fit at reading distance, a map that became small). */
export function revealAllLabels(cy: Core): void {
  const state = stateOf(cy);
  if (!state || state.waiting.length === 0) return;
  const all = state.waiting;
  state.waiting = [];
  reveal(cy, all);
}

/** True while someone on the map has no label yet. */
export function hasUnlabelled(cy: Core): boolean {
  return (stateOf(cy)?.waiting.length ?? 0) > 0;
}

/** Turns lazy labels on (big maps) or off for people added from now on; listeners are installed once per instance. */
export function setLazyLabels(cy: Core, enabled: boolean): void {
  let state = stateOf(cy);
  if (!state) {
    state = { enabled, waiting: [], removed: false };
    cy.scratch('_powermapLazyLabels', state);
    cy.on('add', 'node', (event: EventObject) => {
      const s = stateOf(cy) as LazyState;
      if (s.removed) {
        s.waiting = s.waiting.filter((n) => !n.removed());
        s.removed = false;
      }
      if (!s.enabled) return;
      const node = event.target as NodeSingular;
      // Someone added where the rep is reading (a new person, an undone delete) is labelled at once.
      if (cy.zoom() >= REVEAL_ZOOM && near(cy.extent(), node.position())) return;
      // Inside the adapter's batch: the class goes in with the node's first style pass.
      node.addClass(UNLABELLED_CLASS);
      s.waiting.push(node);
    });
    cy.on('remove', 'node', () => {
      (stateOf(cy) as LazyState).removed = true;
    });
    cy.on('viewport', () => revealLabelsInView(cy));
  }
  state.enabled = enabled;
  if (!enabled) revealAllLabels(cy);
}
