// Map labels in the shipped fonts. Cytoscape measures each label once and caches its size and its
// drawn texture by text and font style, so a label drawn before its face had loaded (each Chinese
// face is a unicode-range slice read on first use) would keep the fallback's glyphs and widths.
// Load the faces the labels need, then re-apply the font family under another spelling of the same
// stack, which changes Cytoscape's cache keys: every label is measured and drawn again, in the right face.
import type { Core } from 'cytoscape';
import { FONT_STACK, fontsLoadedFor, loadFontsFor } from '../styles/fontStack';

/** The same families as FONT_STACK, spelled without quotes: equal for the browser, a new key for Cytoscape. */
const FONT_STACK_RESPELT = FONT_STACK.replaceAll('"', "'");

/** Drawn in labels beyond their texts: the ellipsis of the one-line titles (org chart, rings). */
export const LABEL_EXTRAS = '…';

const labelTexts = (cy: Core): string[] => [...cy.nodes().map((n) => String(n.data('label') ?? '')), LABEL_EXTRAS];

/** Resolves once every label is measured and drawn in its shipped face (at once when they already are). */
export async function ensureLabelFonts(cy: Core): Promise<void> {
  const texts = labelTexts(cy);
  if (fontsLoadedFor(texts)) return;
  await loadFontsFor(texts);
  if (cy.destroyed()) return;
  const current = String(cy.nodes().first().style('font-family') ?? '');
  const sheet = cy.style() as unknown as { selector(s: string): { style(p: Record<string, unknown>): unknown }; update(): void };
  (sheet.selector('node') as { style(p: Record<string, unknown>): unknown }).style({ 'font-family': current === FONT_STACK_RESPELT ? FONT_STACK : FONT_STACK_RESPELT });
  sheet.update();
}
