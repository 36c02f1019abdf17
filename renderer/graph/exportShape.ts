// Before an image is drawn: is the map's shape drawable at the size asked for? A big org chart is a
// tidy tree, far wider than tall (a 20,000-person one is about 1,300 times), and fitted into a 2,400 px
// image it comes out one pixel high — after seconds of drawing 20,000 people nobody could see. The
// shape is known from the people's positions alone (no styles, no labels: milliseconds at 20,000), so
// such a map is refused before anything is drawn, with the reason and a way out.
import type { Core } from 'cytoscape';
import { people } from './guides';
import { HIDDEN_CLASS } from './highlightStyle';
import { LABEL_MAX_WIDTH } from './layouts/types';

/** Thinner than this, the map is a line: no person on it could be told from the next. */
export const MIN_MAP_SIDE_PX = 16;
/** Around the outermost centres: half a label each side, a node, its badges and its label's lines below. */
const MARGIN_X = LABEL_MAX_WIDTH;
const MARGIN_Y = 120;

export interface Extent {
  w: number;
  h: number;
}

/** The drawn map's approximate size in model units, from centres (null: nobody). */
export function extentOf(points: Iterable<{ x: number; y: number }>): Extent | null {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const p of points) {
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  }
  if (x1 === Infinity) return null;
  return { w: x2 - x1 + MARGIN_X, h: y2 - y1 + MARGIN_Y };
}

/** The people shown on the live map (filters hide the rest with a class). */
export function shownExtent(cy: Core): Extent | null {
  const points: Array<{ x: number; y: number }> = [];
  people(cy)
    .not(`.${HIDDEN_CLASS}`)
    .forEach((n) => {
      points.push(n.position());
    });
  return extentOf(points);
}

export interface ShapeRefusal {
  /** 'wide': far wider than tall; 'tall': the other way. */
  way: 'wide' | 'tall';
  /** Long side over short side, rounded. */
  ratio: number;
}

/** Null when the map fits `box` at least MIN_MAP_SIDE_PX thick, else how it is too thin. */
export function shapeRefusal(extent: Extent, box: { w: number; h: number }): ShapeRefusal | null {
  const scale = Math.min(box.w / extent.w, box.h / extent.h);
  const short = Math.min(extent.w, extent.h) * scale;
  if (short >= MIN_MAP_SIDE_PX) return null;
  return { way: extent.w >= extent.h ? 'wide' : 'tall', ratio: Math.round(Math.max(extent.w, extent.h) / Math.max(1, Math.min(extent.w, extent.h))) };
}
