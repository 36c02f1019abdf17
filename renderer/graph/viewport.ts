// Where the map looks: fitting the people shown, knowing whether the view is still that fit (a resize
// re-fits only then), zooming about the centre, and widening a round force layout to the map's shape.
import type { Core } from 'cytoscape';
import { people } from './guides';
import { HIDDEN_CLASS } from './highlightStyle';
import { hasUnlabelled, REVEAL_ZOOM, revealAllLabels } from './perf/lazyLabels';

const MAX_FIT_ZOOM = 1.3;
const MAX_STRETCH = 1.7;
const FIT_PADDING = 10;

export interface View {
  zoom: number;
  x: number;
  y: number;
}

/**
 * Fits what is shown (filters hide people), but never zooms a small map in so far that labels look
 * shouted; returns the view it left (null: nobody shown).
 */
export function fitShown(cy: Core): View | null {
  // The people shown (filters hide the rest with a class), not the layout guides: a guide drawn for the
  // previous positions must not widen the fit. A class test, not ':visible', which computes every
  // element's style first (0.4 s of a 2,000-person account's opening); their lines lie between them.
  const shown = people(cy).not(`.${HIDDEN_CLASS}`);
  if (shown.empty()) return null;
  cy.fit(shown, FIT_PADDING);
  // Close enough to read on a big map: everyone's label counts for the fit (lazyLabels.ts).
  if (cy.zoom() >= REVEAL_ZOOM && hasUnlabelled(cy)) {
    revealAllLabels(cy);
    cy.fit(shown, FIT_PADDING);
  }
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
  return { zoom: cy.zoom(), ...cy.pan() };
}

/** True while the map still shows `view` (the rep has not zoomed or panned since). */
export function showsView(cy: Core, view: View | null): boolean {
  return !!view && Math.abs(cy.zoom() - view.zoom) < 1e-6 && Math.abs(cy.pan().x - view.x) < 0.5 && Math.abs(cy.pan().y - view.y) < 0.5;
}

export function zoomAboutCentre(cy: Core, factor: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Force layouts come out round; widen them to the map's aspect so labels get more room. */
export function stretchToViewport(cy: Core): void {
  if (people(cy).length < 3 || cy.height() === 0) return;
  // Labels are wider than tall, so they count: stretching past the map's aspect would only shrink the fit.
  const bb = people(cy).boundingBox({ includeLabels: true });
  if (bb.w === 0 || bb.h === 0) return;
  const k = Math.min(MAX_STRETCH, cy.width() / cy.height() / (bb.w / bb.h));
  if (k <= 1.05) return;
  const cx = (bb.x1 + bb.x2) / 2;
  people(cy).positions((n) => ({ x: cx + (n.position('x') - cx) * k, y: n.position('y') }));
}
