// A second, hidden Cytoscape map for exports made away from the live map (the visit brief): same
// style, same marks, the rep's saved positions (or the org chart when nothing was arranged). Built
// only when it can be drawn: a map too thin for the picture, or too big to build in a moment (the
// live map draws those), is refused before the first node is added.
import cytoscape, { type Core } from 'cytoscape';
import type { AccountMap } from '../../shared/domain/model';
import type { RankedPerson } from '../../shared/domain/ranking';
import { personElement, relationshipElement } from './elements';
import { applyHighlight } from './highlight';
import { openLayout } from './layouts';
import { mapStyle } from './style';
import { ensureLabelFonts } from './labelFonts';
import { quickFirstStyle } from './perf/firstStyle';
import { canvasMeasure, ExportError, refuseThinExtent } from './exportPng';
import { extentOf } from './exportShape';

/**
 * Past this many people a second map costs many seconds of a frozen window (20,000: minutes): the
 * brief then takes its picture from the live map only, where it is drawn already.
 */
export const OFFSCREEN_MAX_PEOPLE = 5000;

export interface OffscreenMap {
  cy: Core;
  destroy(): void;
}

/** `longSide`: the picture it is built for (a map too thin for it is refused first). */
export async function offscreenMap(map: AccountMap, ranked: readonly RankedPerson[], longSide: number): Promise<OffscreenMap> {
  if (map.people.length > OFFSCREEN_MAX_PEOPLE) throw new ExportError('export.error.offscreenTooMany', { count: map.people.length });
  const scores = new Map(ranked.map((r) => [r.person.id, r.influence.score]));
  const { positions } = await openLayout('saved', map.positions, { people: map.people, relationships: map.relationships, scores });
  const extent = extentOf(map.people.map((p) => positions[p.id] ?? { x: 0, y: 0 }));
  if (extent) refuseThinExtent(extent, longSide, { header: null, legend: [] }, canvasMeasure());
  const container = document.createElement('div');
  // Laid out and painted, but outside the page and invisible to print and screen readers.
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'position:fixed;left:-12000px;top:0;width:1400px;height:900px;';
  document.body.appendChild(container);
  const cy = cytoscape({ container, style: mapStyle(), autounselectify: true, userZoomingEnabled: false, userPanningEnabled: false, boxSelectionEnabled: false });
  quickFirstStyle(cy);
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
