// Zoomed far out on a big map, labels are unreadable (min-zoomed-font-size hides them anyway),
// arrows are specks and dashes are noise — but each still costs drawing time on every node and
// edge. Below FAR_ZOOM a big map draws plain dots and lines; zooming in brings it all back. Stance
// colour, node size, badges and the top decision-maker's shape and border stay at every zoom.
import type { Core, EventObject, StylesheetStyle } from 'cytoscape';

export const FAR_CLASS = 'pm-far';
/** Below this zoom a big map is drawn plain (labels need ≥ 0.75 to reach 9 px anyway). */
export const FAR_ZOOM = 0.35;

export const farStyle: StylesheetStyle[] = [
  { selector: `node.${FAR_CLASS}`, style: { label: '', 'border-style': 'solid' } },
  { selector: `edge.${FAR_CLASS}`, style: { 'target-arrow-shape': 'none', 'line-style': 'solid', opacity: 1 } },
];

interface FarState {
  enabled: boolean;
  far: boolean;
}

const stateOf = (cy: Core): FarState | undefined => cy.scratch('_powermapFar') as FarState | undefined;

function apply(cy: Core, far: boolean): void {
  const state = stateOf(cy) as FarState;
  state.far = far;
  cy.batch(() => {
    if (far) cy.elements().addClass(FAR_CLASS);
    else cy.elements().removeClass(FAR_CLASS);
  });
}

/** Turns the far view on (big maps) or off; listeners are installed once per instance. */
export function setFarView(cy: Core, enabled: boolean): void {
  let state = stateOf(cy);
  if (!state) {
    state = { enabled, far: false };
    cy.scratch('_powermapFar', state);
    cy.on('zoom', () => {
      const s = stateOf(cy) as FarState;
      const far = s.enabled && cy.zoom() < FAR_ZOOM;
      if (far !== s.far) apply(cy, far);
    });
    cy.on('add', (event: EventObject) => {
      if ((stateOf(cy) as FarState).far) event.target.addClass(FAR_CLASS);
    });
  }
  state.enabled = enabled;
  // A freshly filled big map is about to be fitted, i.e. seen from far: start plain, the zoom event corrects it.
  apply(cy, enabled);
}

/** Runs `fn` (an export) with full detail even while the live map is zoomed far out. */
export function withFullDetail<T>(cy: Core, fn: () => T): T {
  const far = cy.elements(`.${FAR_CLASS}`);
  if (far.empty()) return fn();
  far.removeClass(FAR_CLASS);
  try {
    return fn();
  } finally {
    far.addClass(FAR_CLASS);
  }
}
