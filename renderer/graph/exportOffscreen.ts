// A second, hidden Cytoscape map for exports made away from the live map (the visit brief): same
// style, same marks, the rep's saved positions (or the org chart when nothing was arranged).
import cytoscape, { type Core } from 'cytoscape';
import type { AccountMap } from '../../shared/domain/model';
import type { RankedPerson } from '../../shared/domain/ranking';
import { personElement, relationshipElement } from './elements';
import { applyHighlight } from './highlight';
import { openLayout } from './layouts';
import { mapStyle } from './style';
import { ensureLabelFonts } from './labelFonts';

export interface OffscreenMap {
  cy: Core;
  destroy(): void;
}

export async function offscreenMap(map: AccountMap, ranked: readonly RankedPerson[]): Promise<OffscreenMap> {
  const container = document.createElement('div');
  // Laid out and painted, but outside the page and invisible to print and screen readers.
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'position:fixed;left:-12000px;top:0;width:1400px;height:900px;';
  document.body.appendChild(container);
  const scores = new Map(ranked.map((r) => [r.person.id, r.influence.score]));
  const { positions } = await openLayout('saved', map.positions, { people: map.people, relationships: map.relationships, scores });
  const cy = cytoscape({ container, style: mapStyle(), autounselectify: true, userZoomingEnabled: false, userPanningEnabled: false, boxSelectionEnabled: false });
  cy.batch(() => {
    for (const p of map.people) cy.add(personElement(p, positions[p.id] ?? { x: 0, y: 0 }));
    for (const r of map.relationships) cy.add(relationshipElement(r));
  });
  applyHighlight(cy, ranked, null);
  // Labels as on screen: the layouts leave room for exactly those (LABEL_MAX_WIDTH), so larger ones would run into neighbours.
  await ensureLabelFonts(cy);
  cy.fit(undefined, 20);
  await waitForImages(cy);
  return {
    cy,
    destroy() {
      cy.destroy();
      container.remove();
    },
  };
}

/** Badge images are data: URLs loaded asynchronously; wait until Cytoscape has them. */
async function waitForImages(cy: Core): Promise<void> {
  const urls = new Set<string>();
  cy.nodes().forEach((n) => {
    const b = n.data('badge') as string | null | undefined;
    if (b) urls.add(b);
  });
  await Promise.all(
    [...urls].map(async (u) => {
      const img = new Image();
      img.src = u;
      await img.decode().catch(() => undefined);
    }),
  );
  // One more frame so the renderer's own image cache has them too.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
}
