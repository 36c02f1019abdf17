// SVG of the whole map with the same header and legend as the PNG. Built with DOM APIs and
// XMLSerializer, so names are escaped by the serializer (a name like "/><script> stays text), and
// the map part from cytoscape-svg is parsed, sanitized and nested rather than pasted as a string.
import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { DARK_INK, LIGHT_INK, type ExportInk } from './exportDrawCanvas';
import { withMapTheme } from './themeStyle';
import type { ExportGeometry } from './exportLayout';
import { fitInside } from './exportLayout';
import type { LegendGlyph, LegendLayout } from './exportLegend';
import { SUPPORT_HALO } from './highlightStyle';
import { CHANGED_OUTLINE, EDGE_COLOUR, STANCE_FILL, TDM_BORDER } from './palette';
import { PORTABLE_FONT_STACK } from '../styles/fontStack';
import { canvasMeasure, ExportError, loadExportFonts, mapBounds, planExport, withoutUiMarks, type ExportContent } from './exportPng';

cytoscape.use(cytoscapeSvg);

const NS = 'http://www.w3.org/2000/svg';
type Attrs = Record<string, string | number>;

function el(doc: XMLDocument, name: string, attrs: Attrs, parent?: Element): Element {
  const e = doc.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (parent) parent.appendChild(e);
  return e;
}

function text(doc: XMLDocument, parent: Element, value: string, attrs: Attrs): void {
  el(doc, 'text', attrs, parent).textContent = value;
}

/** Removes anything active from the map fragment: scripts, foreign content, event handlers, outside links. */
export function sanitizeSvg(root: Element): void {
  for (const bad of Array.from(root.querySelectorAll('script, foreignObject, iframe, a'))) bad.remove();
  const all = [root, ...Array.from(root.querySelectorAll('*'))];
  for (const node of all) {
    for (const attr of Array.from(node.attributes)) {
      const name = attr.name.toLowerCase();
      const isLink = name === 'href' || name === 'xlink:href' || name === 'src';
      if (name.startsWith('on') || (isLink && !/^(data:image\/|#)/i.test(attr.value.trim()))) node.removeAttribute(attr.name);
    }
  }
}

function mapFragment(cy: Core, box: { w: number; h: number }, keepChanged: boolean, dark: boolean): Element {
  if (cy.elements(':visible').empty()) throw new ExportError('export.error.emptyMap');
  // canvas2svg draws Cytoscape's rounded shapes (arcTo) as stray lines: use the plain diamond for the SVG.
  const rounded = cy.nodes('.tdm');
  rounded.style('shape', 'diamond');
  let raw: string;
  try {
    raw = withMapTheme(cy, dark ? 'dark' : 'light', () =>
      withoutUiMarks(cy, () => (cy as unknown as { svg(o: object): string }).svg({ full: true, maxWidth: Math.floor(box.w), maxHeight: Math.floor(box.h) }), keepChanged),
    );
  } finally {
    rounded.removeStyle('shape');
  }
  const parsed = new DOMParser().parseFromString(raw, 'image/svg+xml');
  if (parsed.getElementsByTagName('parsererror').length > 0 || parsed.documentElement.localName !== 'svg') throw new ExportError('export.error.svgFailed');
  const root = parsed.documentElement;
  sanitizeSvg(root);
  // Labels name the app's fonts; where the SVG is opened without them, the usual system faces follow.
  for (const label of Array.from(root.querySelectorAll('text'))) label.setAttribute('font-family', PORTABLE_FONT_STACK);
  return root;
}

function glyph(doc: XMLDocument, parent: Element, g: LegendGlyph, x: number, y: number, f: number): void {
  const r = f * 0.45;
  const cx = x + r + f * 0.05;
  const sw = Math.max(1, f * 0.1);
  switch (g.kind) {
    case 'stance':
      el(doc, 'circle', { cx, cy: y, r, fill: STANCE_FILL[g.stance], stroke: g.stance === 'unknown' ? '#9e9e9e' : '#616161', 'stroke-width': sw, ...(g.stance === 'unknown' ? { 'stroke-dasharray': `${f * 0.18} ${f * 0.12}` } : {}) }, parent);
      break;
    case 'tdm':
      el(doc, 'path', { d: `M${cx} ${y - r}L${cx + r} ${y}L${cx} ${y + r}L${cx - r} ${y}Z`, fill: '#fff', stroke: TDM_BORDER, 'stroke-width': f * 0.18 }, parent);
      break;
    case 'notMet':
      el(doc, 'path', { d: `M${cx} ${y - r}L${cx + r} ${y + r * 0.85}L${cx - r} ${y + r * 0.85}Z`, fill: '#ffb300', stroke: '#3e2723', 'stroke-width': sw }, parent);
      el(doc, 'rect', { x: cx - f * 0.05, y: y - r * 0.35, width: f * 0.1, height: r * 0.7, fill: '#3e2723' }, parent);
      break;
    case 'ally': {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 === 0 ? r : r * 0.45;
        pts.push(`${(cx + rr * Math.cos(a)).toFixed(2)},${(y + rr * Math.sin(a)).toFixed(2)}`);
      }
      el(doc, 'polygon', { points: pts.join(' '), fill: '#ffd54f', stroke: '#5d4037', 'stroke-width': sw }, parent);
      break;
    }
    case 'size': {
      let px = x;
      for (const s of [0.35, 0.55, 0.8]) {
        el(doc, 'circle', { cx: px + (s * f) / 2, cy: y, r: (s * f) / 2, fill: '#9aa3ad' }, parent);
        px += s * f + f * 0.12;
      }
      break;
    }
    case 'changed':
      el(doc, 'circle', { cx, cy: y, r: r * 0.75, fill: '#fff', stroke: CHANGED_OUTLINE, 'stroke-width': f * 0.2, class: 'legend-changed' }, parent);
      break;
    case 'halo':
      el(doc, 'circle', { cx, cy: y, r, fill: SUPPORT_HALO, 'fill-opacity': 0.35 }, parent);
      el(doc, 'circle', { cx, cy: y, r: r * 0.5, fill: STANCE_FILL.supporter }, parent);
      break;
    case 'line': {
      const w = f * 2.4;
      const colour = EDGE_COLOUR[g.type];
      const arrow = g.type === 'reports-to' || g.type === 'influences';
      const dash: Attrs = g.type === 'close-to' ? { 'stroke-dasharray': `${f * 0.12} ${f * 0.2}` } : g.type === 'conflicts-with' ? { 'stroke-dasharray': `${f * 0.4} ${f * 0.2}` } : {};
      el(doc, 'line', { x1: x, y1: y, x2: x + (arrow ? w - f * 0.55 : w), y2: y, stroke: colour, 'stroke-width': g.type === 'influences' ? f * 0.2 : f * 0.13, ...dash }, parent);
      if (arrow) el(doc, 'path', { d: `M${x + w - f * 0.6} ${y - f * 0.3}L${x + w} ${y}L${x + w - f * 0.6} ${y + f * 0.3}Z`, fill: colour }, parent);
      break;
    }
  }
}

function legend(doc: XMLDocument, root: Element, g: ExportGeometry, layout: LegendLayout, ink: ExportInk): void {
  const group = el(doc, 'g', { class: 'legend' }, root);
  for (const e of layout.entries) {
    const y = g.legend.y + e.y;
    if (e.glyph) glyph(doc, group, e.glyph, g.legend.x + e.x, y, g.legendFont);
    text(doc, group, e.label, { x: g.legend.x + e.textX, y, 'dominant-baseline': 'central', 'font-size': g.legendFont, 'font-weight': e.kind === 'title' ? 700 : 400, fill: e.kind === 'title' ? ink.title : ink.legendText });
  }
}

/** The export as SVG text (UTF-8 when saved); `longSide` sets its nominal size in px. */
export async function exportSvg(cy: Core, longSide: number, content: ExportContent): Promise<string> {
  await loadExportFonts(cy, content); // the layout is measured in the shipped faces
  const { geometry: g, legendLayout } = planExport(cy, longSide, content.legend, canvasMeasure(), content.header !== null, content.includeChanged === true);
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  for (const [k, v] of Object.entries({ width: g.width, height: g.height, viewBox: `0 0 ${g.width} ${g.height}`, 'font-family': PORTABLE_FONT_STACK }) as Array<[string, string | number]>) root.setAttribute(k, String(v));
  if (content.header) el(doc, 'title', {}, root).textContent = content.header.title;
  const dark = content.background === 'dark';
  const ink = dark ? DARK_INK : LIGHT_INK;
  if (content.background !== 'transparent') el(doc, 'rect', { x: 0, y: 0, width: g.width, height: g.height, fill: ink.background }, root);
  if (content.header) {
    const header = el(doc, 'g', { class: 'header' }, root);
    text(doc, header, content.header.title, { x: g.header.x, y: g.header.y + g.titleFont, 'font-size': g.titleFont, 'font-weight': 700, fill: ink.title });
    text(doc, header, content.header.subtitle, { x: g.header.x, y: g.header.y + g.titleFont + g.subtitleFont * 1.7, 'font-size': g.subtitleFont, fill: ink.muted });
    el(doc, 'rect', { x: g.header.x, y: g.header.y + g.header.h - g.unit, width: g.header.w, height: Math.max(1, g.unit), fill: ink.hairline }, header);
  }

  const fragment = mapFragment(cy, g.map, content.includeChanged === true, dark);
  const natW = Number(fragment.getAttribute('width')) || g.map.w;
  const natH = Number(fragment.getAttribute('height')) || g.map.h;
  const bounds = mapBounds(cy, content.includeChanged === true);
  const fit = fitInside(g.map, bounds.w / bounds.h);
  const nested = doc.importNode(fragment, true) as Element;
  nested.setAttribute('class', 'map');
  nested.setAttribute('x', String(g.map.x + (g.map.w - fit.w) / 2));
  nested.setAttribute('y', String(g.map.y + (g.map.h - fit.h) / 2));
  nested.setAttribute('width', String(fit.w));
  nested.setAttribute('height', String(fit.h));
  nested.setAttribute('viewBox', `0 0 ${natW} ${natH}`);
  root.appendChild(nested);
  legend(doc, root, g, legendLayout, ink);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}
