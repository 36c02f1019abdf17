// Brings one person to the middle of the map (search, ranking rows), zooming in only when far out.
import type { Core } from 'cytoscape';

const READABLE_ZOOM = 0.9;

export function focusPerson(cy: Core | null, personId: string, animate = true): void {
  if (!cy) return;
  const node = cy.getElementById(personId);
  if (node.empty()) return;
  const zoom = Math.max(cy.zoom(), READABLE_ZOOM);
  const p = node.position();
  const pan = { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom };
  cy.stop();
  if (animate) cy.animate({ zoom, pan }, { duration: 220, easing: 'ease-out' });
  else cy.viewport({ zoom, pan });
}
