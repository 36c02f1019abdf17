// Brings one person to the middle of the map (search, ranking rows), zooming in only when far out.
import type { Core } from 'cytoscape';

const READABLE_ZOOM = 0.9;
/** A banner appearing or going (notice, coaching) resizes the map just after a focus; stay centred through it. */
const RESIZE_WINDOW_MS = 600;

function centre(cy: Core, personId: string, animate: boolean): void {
  const node = cy.getElementById(personId);
  if (node.empty()) return;
  const zoom = Math.max(cy.zoom(), READABLE_ZOOM);
  const p = node.position();
  const pan = { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom };
  cy.stop(true, false); // also drop queued animations, or a stale one would run after this
  if (animate) cy.animate({ zoom, pan }, { duration: 220, easing: 'ease-out' });
  else cy.viewport({ zoom, pan });
}

export function focusPerson(cy: Core | null, personId: string, animate = true): void {
  if (!cy) return;
  centre(cy, personId, animate);
  const again = () => centre(cy, personId, false);
  cy.one('resize', again);
  setTimeout(() => {
    if (!cy.destroyed()) cy.off('resize', again);
  }, RESIZE_WINDOW_MS);
}
