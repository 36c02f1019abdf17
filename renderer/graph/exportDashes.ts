// Dotted and dashed lines at export scale. Cytoscape sets the dash pattern in model units, so a big
// map shrunk into an image (2,000 people at 2,400 px: scale ≈ 0.1) is drawn as thousands of
// sub-pixel dashes per line — unreadable, and 7 s of software rasterising for 480 such lines. While
// an export is drawn, each pattern is divided by the scale so the dashes keep their on-screen size
// in image pixels (close-to stays dotted, conflicts-with stays dashed), and cost what they did.
import type { Core } from 'cytoscape';

/** Cytoscape's own pattern for 'dotted' (1 on, 1 off), in px at zoom 1. */
const DOTTED = [1, 1];

export function withReadableDashes<T>(cy: Core, scale: number, fn: () => T): T {
  if (!(scale > 0) || scale >= 1) return fn();
  const patterned = cy.edges(':visible').filter((e) => e.style('line-style') !== 'solid');
  if (patterned.empty()) return fn();
  cy.batch(() => {
    patterned.forEach((e) => {
      const dotted = e.style('line-style') === 'dotted';
      const pattern = dotted ? DOTTED : dashPattern(e.style('line-dash-pattern'));
      e.style({ 'line-style': 'dashed', 'line-dash-pattern': pattern.map((n) => n / scale) });
    });
  });
  try {
    return fn();
  } finally {
    cy.batch(() => patterned.removeStyle('line-style line-dash-pattern'));
  }
}

/** "7px 4px" / "7 4" / [7, 4] as numbers (Cytoscape gives the computed value as text). */
function dashPattern(value: unknown): number[] {
  const parts = (Array.isArray(value) ? value : String(value).split(/[\s,]+/)).map((v) => Number.parseFloat(String(v))).filter((n) => n > 0);
  return parts.length > 0 ? parts : [6, 3];
}
