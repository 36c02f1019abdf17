// How big a person's mark is on the map, for layouts that must leave room for it without a canvas to
// measure on: the node's diameter (as elements.ts draws it) and the label's height once the style has
// wrapped "name\ntitle" at LABEL_MAX_WIDTH. The text width is estimated (semi-bold 15 px: ~8.6 px per
// Latin character, 15 px per CJK one), a little wide, so a layout errs on the roomy side.
import { ratingValue } from '../../../shared/domain/personDefaults';
import { LABEL_MAX_WIDTH, type LayoutPerson } from './types';

/** Font size and line height of a map label (style.ts). */
export const LABEL_FONT_PX = 15;
export const LABEL_LINE_HEIGHT = 1.2;
/** The label's gap under the node, its background padding and the canvas's text metrics (measured: 17 px on 4 lines). */
export const LABEL_MARGIN_PX = 18;
/** Room above a node for its badges and halo (crown, star, warning; the support-base underlay): measured up to 28 px past the node's edge. */
export const ABOVE_NODE_PX = 30;

/** Diameter in px: more formal authority (not rated counts as 3), bigger node. */
export function nodeSize(p: Pick<LayoutPerson, 'authority' | 'isTopDecisionMaker'>): number {
  return (p.isTopDecisionMaker === true ? 58 : 30) + ratingValue(p.authority) * 5;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const textWidth = (s: string): number => [...s].reduce((w, ch) => w + (CJK.test(ch) ? LABEL_FONT_PX : 8.6), 0);

/** Lines one text takes when wrapped at spaces within `width` (a word wider than that keeps its own line). */
export function wrappedLines(text: string, width = LABEL_MAX_WIDTH): number {
  if (text.trim() === '') return 0;
  let lines = 1;
  let used = 0;
  for (const word of text.trim().split(/\s+/)) {
    const w = textWidth(word);
    const next = used === 0 ? w : used + textWidth(' ') + w;
    if (next <= width || used === 0) used = next;
    else {
      lines += 1;
      used = w;
    }
  }
  return lines;
}

/** Height in px of the label under a person's node: the name, then the title (each wrapped). */
export function labelHeight(p: Pick<LayoutPerson, 'name'> & { title?: string }): number {
  const lines = Math.max(1, wrappedLines(p.name)) + wrappedLines(p.title ?? '');
  return lines * LABEL_FONT_PX * LABEL_LINE_HEIGHT + LABEL_MARGIN_PX;
}
