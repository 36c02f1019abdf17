// Layout guides drawn on the map, behind the people: the rings with their rank bands, the labelled
// group of people without a manager. They are Cytoscape nodes (class map-guide, data.guide) so they
// pan, zoom, fit and export with the map; they take no events and are never people — `people(cy)` is
// the collection every person-only operation (positions, placement, tests) uses.
// Exports include them: they are part of the picture of that layout, not a temporary screen mark.
import type { Core, NodeCollection, NodeSingular, StylesheetJson } from 'cytoscape';
import { GUIDE_FILL, GUIDE_LINE, GUIDE_TEXT } from './palette';
import { FONT_STACK } from '../styles/fontStack';
import { BAND_ANGLE, onRing } from './layouts/ringPack';
import type { Point } from './layouts/types';

export const GUIDE_CLASS = 'map-guide';

export type MapGuide =
  | { kind: 'ring'; ring: number; centre: Point; /** Half the ring's height (rings are ellipses, ringPack.ts). */ radius: number; text: string }
  | { kind: 'group'; memberIds: readonly string[]; text: string };

/** Everyone on the map, without the guides. */
export const people = (cy: Core): NodeCollection => cy.nodes('[!guide]');

type Box = { x1: number; y1: number; x2: number; y2: number };
const hit = (a: Box, b: Box, gap = 4) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
const labelBox = (n: NodeCollection) => n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
/** Room between the group's frame and the people in it. */
const FRAME_PAD = 16;
/** Guide words are at least this size on screen when drawn (a wide chart fits at a small zoom), px. */
const MIN_SCREEN_PX = 11;
/** Their size in map units: `base` (the size at zoom 1), or larger so they are MIN_SCREEN_PX at the current zoom. */
const wordsPx = (cy: Core, base: number) => Math.round(Math.min(base * 3, Math.max(base, MIN_SCREEN_PX / cy.zoom())));

export function guideStyle(): StylesheetJson {
  const quiet = { events: 'no', 'z-compound-depth': 'bottom', 'background-opacity': 0, 'border-width': 0, label: '', 'text-wrap': 'none' } as const;
  return [
    { selector: `node.${GUIDE_CLASS}`, style: { ...quiet } },
    { selector: `node.${GUIDE_CLASS}.ring`, style: { shape: 'ellipse', width: 'data(w)', height: 'data(h)', 'border-width': 1.5, 'border-color': GUIDE_LINE } },
    {
      selector: `node.${GUIDE_CLASS}.band`,
      style: {
        width: 1,
        height: 1,
        label: 'data(text)',
        'font-family': FONT_STACK,
        'font-size': 'data(fontSize)',
        'font-weight': 600,
        color: GUIDE_TEXT,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': '3px',
        'min-zoomed-font-size': 5,
      },
    },
    {
      selector: `node.${GUIDE_CLASS}.group`,
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 'data(h)',
        'background-color': GUIDE_FILL,
        'background-opacity': 1,
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-color': GUIDE_LINE,
        label: 'data(text)',
        'font-family': FONT_STACK,
        'font-size': 'data(fontSize)',
        'font-weight': 600,
        color: GUIDE_TEXT,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -8,
        'min-zoomed-font-size': 5,
      },
    },
  ];
}

/** Replaces the guides on the map with `guides`; a band's words go where they cover nobody. */
export function drawGuides(cy: Core, guides: readonly MapGuide[]): void {
  // Not batched: each band is placed by measuring its drawn words, which a batch would hold back.
  cy.nodes(`.${GUIDE_CLASS}`).remove();
  // Most layouts draw none: do not measure 2,000 people for nothing.
  if (guides.length === 0) return;
  const box = (n: NodeCollection) => n.boundingBox({ includeLabels: true, includeOverlays: false });
  const taken: Box[] = people(cy).filter(':visible').nodes().map((n) => box(n));
  for (const g of guides) {
    if (g.kind === 'ring') {
      cy.add({ group: 'nodes', classes: `${GUIDE_CLASS} ring`, data: { id: `guide:ring:${g.ring}`, guide: true, w: 2 * onRing(g.radius, 0).x, h: 2 * g.radius }, position: { ...g.centre }, selectable: false, grabbable: false });
      const band = cy.add({ group: 'nodes', classes: `${GUIDE_CLASS} band`, data: { id: `guide:band:${g.ring}`, guide: true, text: g.text, fontSize: wordsPx(cy, 16) }, position: { ...g.centre }, selectable: false, grabbable: false });
      placeOnRing(band.nodes()[0] as NodeSingular, g, taken);
      taken.push(labelBox(band));
      continue;
    }
    const ids = new Set(g.memberIds);
    // Only those shown (a filter may hide some or all of them).
    const members = people(cy).filter((n) => ids.has(n.id()) && n.visible());
    if (members.empty()) continue;
    const bb = members.boundingBox({ includeLabels: true, includeOverlays: false });
    const frame = { x1: bb.x1 - FRAME_PAD, y1: bb.y1 - FRAME_PAD, x2: bb.x2 + FRAME_PAD, y2: bb.y2 + FRAME_PAD };
    // Dragged apart into the tree, they are no longer a group: draw no frame rather than one over others.
    if (people(cy).filter((n) => !ids.has(n.id()) && n.visible() && hit(box(n), frame, 0)).nonempty()) continue;
    cy.add({
      group: 'nodes',
      classes: `${GUIDE_CLASS} group`,
      data: { id: 'guide:group', guide: true, text: g.text, fontSize: wordsPx(cy, 18), w: frame.x2 - frame.x1, h: frame.y2 - frame.y1 },
      position: { x: (frame.x1 + frame.x2) / 2, y: (frame.y1 + frame.y2) / 2 },
      selectable: false,
      grabbable: false,
    });
  }
}

/** Tries spots along the ring, from the top outwards both ways, until the words cover no person and no other band. */
function placeOnRing(band: NodeSingular, g: { centre: Point; radius: number }, taken: readonly Box[]): void {
  const steps = 72;
  for (let i = 0; i <= steps; i++) {
    const k = i % 2 === 0 ? i / 2 : -(i + 1) / 2;
    // Upper half first, from BAND_ANGLE (a slight tilt off the top), where the rings layout keeps a place for the words.
    const angle = BAND_ANGLE + (k * 2 * Math.PI) / steps;
    const at = onRing(g.radius, angle);
    band.position({ x: g.centre.x + at.x, y: g.centre.y + at.y });
    const box = labelBox(band);
    if (!taken.some((t) => hit(box, t))) return;
  }
  band.style('display', 'none');
}
