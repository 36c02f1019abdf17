// The map stylesheet's colours for a theme. Every colour-bearing rule of style.ts (and the highlight
// and path rules) is repeated here in the same order, so appending these rules re-colours the map
// without touching sizes, fonts or the big-graph rules added at run time (later rules win).
import type { Core, StylesheetJson } from 'cytoscape';
import { STANCES } from '../../shared/domain/model';
import { paletteFor, type MapPalette } from './palette';
import { PATH_CLASS } from './pathHighlight';
import { GUIDE_CLASS } from './guides';
import type { Theme } from '../theme/store';

export function themeRules(p: MapPalette): StylesheetJson {
  return [
    { selector: 'node', style: { 'background-color': p.stance.unknown, 'border-color': p.nodeBorder, color: p.label, 'text-background-color': p.labelBackground } },
    ...STANCES.map((s) => ({ selector: `node[stance = "${s}"]`, style: { 'background-color': p.stance[s] } })),
    { selector: 'node[stance = "unknown"]', style: { 'border-color': p.unknownBorder } },
    { selector: 'node.tdm', style: { 'border-color': p.tdmBorder } },
    { selector: 'node.hl-support', style: { 'underlay-color': p.stance.ally } },
    { selector: 'node.hl-minor', style: { color: p.minorLabel } },
    { selector: 'node:selected, node.selected', style: { 'underlay-color': p.focus } },
    { selector: 'node.changed', style: { 'outline-color': p.changed } },
    { selector: 'edge', style: { 'line-color': p.edge['reports-to'], 'target-arrow-color': p.edge['reports-to'] } },
    { selector: 'edge[type = "influences"]', style: { 'line-color': p.edge.influences, 'target-arrow-color': p.edge.influences } },
    { selector: 'edge[type = "close-to"]', style: { 'line-color': p.edge['close-to'] } },
    { selector: 'edge[type = "conflicts-with"]', style: { 'line-color': p.edge['conflicts-with'] } },
    { selector: `node.${PATH_CLASS}`, style: { 'outline-color': p.path } },
    { selector: `edge.${PATH_CLASS}`, style: { 'line-color': p.path, 'target-arrow-color': p.path } },
    // The layout guides are nodes too: after the 'node' rule above, give them back their own colours.
    { selector: `node.${GUIDE_CLASS}.ring`, style: { 'border-color': p.guide.line } },
    { selector: `node.${GUIDE_CLASS}.band`, style: { color: p.guide.text, 'text-background-color': p.canvas } },
    { selector: `node.${GUIDE_CLASS}.group`, style: { 'background-color': p.guide.fill, 'border-color': p.guide.line, color: p.guide.text } },
  ];
}

const painted = new WeakMap<Core, Theme>();

type Sheet = { selector(s: string): { style(p: Record<string, unknown>): unknown }; update(): void };

/** Re-colours a live map for `theme` (a no-op when it already has it). */
export function applyMapTheme(cy: Core, theme: Theme): void {
  if ((painted.get(cy) ?? 'light') === theme) return;
  const sheet = cy.style() as unknown as Sheet;
  for (const rule of themeRules(paletteFor(theme)) as { selector: string; style: Record<string, unknown> }[]) {
    (sheet.selector(rule.selector) as { style(p: Record<string, unknown>): unknown }).style(rule.style);
  }
  sheet.update();
  painted.set(cy, theme);
}

/** The theme a map is drawn in now (light until applyMapTheme says otherwise). */
export function mapThemeOf(cy: Core): Theme {
  return painted.get(cy) ?? 'light';
}

/** Runs `fn` (an export's render) with the map in `theme`, then puts the screen's theme back. */
export function withMapTheme<T>(cy: Core, theme: Theme, fn: () => T): T {
  const before = mapThemeOf(cy);
  if (before === theme) return fn();
  applyMapTheme(cy, theme);
  try {
    return fn();
  } finally {
    applyMapTheme(cy, before);
  }
}
