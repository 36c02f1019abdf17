// How big a person's mark is on the map, for layouts that must leave room for it without a canvas to
// measure on: the node's diameter (as elements.ts draws it) and the label's height once the style has
// wrapped "name\ntitle" at LABEL_MAX_WIDTH. The text width is estimated (semi-bold 15 px: ~8.6 px per
// Latin character, 15 px per CJK one), a little wide, so a layout errs on the roomy side.
import { ratingValue } from '../../../shared/domain/personDefaults';
import { LABEL_MAX_WIDTH, type LayoutPerson } from './types';

/** Font size and line height of a map label (style.ts). */
export const LABEL_FONT_PX = 15;
export const LABEL_LINE_HEIGHT = 1.2;
/** The label's gap under the node, its background padding and the canvas's text metrics: measured 6 px past the 18 px lines (42 px under the node for two lines, 78 for four), and 4 to spare. */
export const LABEL_MARGIN_PX = 10;
/** Room above a node for its badges and halo (crown, star, warning; the support-base underlay): measured up to 28 px past the node's edge. */
export const ABOVE_NODE_PX = 30;
/** Room above a node without badges: the support-base halo, the selection and focus rings reach 11 px past its edge. */
export const HALO_PX = 12;

/** Room above a person's node for what is drawn there: badges (an ally's star, the top decision-maker's crown) or only the rings. */
export function aboveNode(p: Pick<LayoutPerson, 'stance' | 'isTopDecisionMaker'>): number {
  return p.stance === 'ally' || p.isTopDecisionMaker === true || p.stance === undefined ? ABOVE_NODE_PX : HALO_PX;
}

/** Diameter in px: more formal authority (not rated counts as 3), bigger node. */
export function nodeSize(p: Pick<LayoutPerson, 'authority' | 'isTopDecisionMaker'>): number {
  return (p.isTopDecisionMaker === true ? 58 : 30) + ratingValue(p.authority) * 5;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const textWidth = (s: string): number => [...s].reduce((w, ch) => w + (CJK.test(ch) ? LABEL_FONT_PX : 8.6), 0);

/** Widths of the lines one text takes when wrapped at spaces within `width` (a word wider than that keeps its own, wider line). */
export function wrappedWidths(text: string, width = LABEL_MAX_WIDTH): number[] {
  if (text.trim() === '') return [];
  const lines: number[] = [];
  let used = 0;
  for (const word of text.trim().split(/\s+/)) {
    const w = textWidth(word);
    const next = used === 0 ? w : used + textWidth(' ') + w;
    if (next <= width || used === 0) used = next;
    else {
      lines.push(used);
      used = w;
    }
  }
  lines.push(used);
  return lines;
}

/** Lines one text takes when wrapped at spaces within `width` (a word wider than that keeps its own line). */
export function wrappedLines(text: string, width = LABEL_MAX_WIDTH): number {
  return wrappedWidths(text, width).length;
}

/** Text background padding each side of a label (style.ts). */
const LABEL_PAD_PX = 2;

/** Width in px of the label under a person's node: its widest line (a Chinese title has no spaces to wrap at, so it can run past LABEL_MAX_WIDTH). */
export function labelWidth(p: Pick<LayoutPerson, 'name'> & { title?: string }): number {
  return Math.max(...wrappedWidths(p.name), ...wrappedWidths(p.title ?? ''), 0) + 2 * LABEL_PAD_PX;
}

/** Height in px of the label under a person's node: the name, then the title (each wrapped). */
export function labelHeight(p: Pick<LayoutPerson, 'name'> & { title?: string }): number {
  const lines = Math.max(1, wrappedLines(p.name)) + wrappedLines(p.title ?? '');
  return lines * LABEL_FONT_PX * LABEL_LINE_HEIGHT + LABEL_MARGIN_PX;
}

/** A person's mark as drawn, relative to the node's centre: the label's width (or the badges', which reach past the node's sides), the badges above, the label below. */
export interface MarkBox {
  halfWidth: number;
  above: number;
  below: number;
}

/** The mark of a person whose node is `size` across: badges are drawn at 150 % of the node (badges.ts, style.ts). */
export function markBox(p: Pick<LayoutPerson, 'name' | 'stance' | 'isTopDecisionMaker'> & { title?: string }, size: number): MarkBox {
  return { halfWidth: Math.max(labelWidth(p), size * 1.5) / 2, above: size / 2 + aboveNode(p), below: size / 2 + labelHeight(p) };
}

/**
 * A title cut to one line of the label's width, ending in "…" when cut: the org chart and the rings draw
 * the name (whole) over this, so their levels and rings stay low and a name reads at fit; the full title
 * is in the person's panel. The estimate errs wide, so the line never wraps on the canvas.
 */
export function oneLineTitle(title: string, width = LABEL_MAX_WIDTH): string {
  const t = title.trim().replace(/\s+/g, ' ');
  if (textWidth(t) <= width) return t;
  const chars = [...t];
  let used = textWidth('…');
  let n = 0;
  while (n < chars.length && used + textWidth(chars[n] as string) <= width) used += textWidth(chars[n++] as string);
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}

/** The person as the compact label shows them: the name, then the title on one line. */
export function compactLabelled<P extends Pick<LayoutPerson, 'name'> & { title?: string }>(p: P): P {
  return p.title ? { ...p, title: oneLineTitle(p.title) } : p;
}
