// Settings that keep big accounts (up to 2,000+ people) smooth to pan and zoom. The map adapter calls
// `tuneForSize(cy, n)` whenever it shows an account; a fresh instance may also take `rendererOptionsFor(n)`.
import type { Core, CytoscapeOptions, StylesheetStyle } from 'cytoscape';
import { lazyLabelStyle, setLazyLabels } from './lazyLabels';

/** From here on the map trades some polish for speed (measured: tests/bench). */
export const BIG_GRAPH_NODES = 400;

export function isBigGraph(nodeCount: number): boolean {
  return nodeCount >= BIG_GRAPH_NODES;
}

/** Renderer init options: Cytoscape reads these only at creation, so a new account size may need a new instance. */
export function rendererOptionsFor(nodeCount: number): Pick<
  CytoscapeOptions,
  'motionBlur' | 'textureOnViewport' | 'hideEdgesOnViewport' | 'pixelRatio' | 'minZoom' | 'maxZoom'
> {
  const big = isBigGraph(nodeCount);
  return {
    motionBlur: false,
    // While the rep pans/zooms, draw a cached bitmap of the map, and skip edges, instead of re-drawing everything.
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    // HiDPI canvases are 4× the pixels; on big maps that is the difference between smooth and not.
    pixelRatio: big ? 1 : 'auto',
    minZoom: 0.02,
    maxZoom: 4,
  };
}

/** Style overrides for big maps: skip text too small to read, cheap straight edges, labels only near the view (lazyLabels.ts). */
export function perfStyleFor(nodeCount: number): StylesheetStyle[] {
  const big = isBigGraph(nodeCount);
  return [
    { selector: 'node', style: { 'min-zoomed-font-size': big ? 9 : 5 } },
    { selector: 'edge', style: { 'min-zoomed-font-size': 9, ...(big ? { 'curve-style': 'straight' } : {}) } },
    ...lazyLabelStyle,
  ];
}

interface RendererFields {
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  forcedPixelRatio: number | null;
  motionBlur: boolean;
}

/**
 * Applies the size-dependent settings to a live instance (the map keeps one instance across accounts).
 * Cytoscape reads its renderer options into plain fields at start-up; setting those fields is the only
 * way to change them later. Style rules are appended only when the size class changes, never piled up.
 */
export function tuneForSize(cy: Core, nodeCount: number): void {
  const big = isBigGraph(nodeCount);
  const was = cy.scratch('_powermapBig') as boolean | undefined;
  // Setting the core's scratch restyles every element: only when it changes (not on every refresh).
  if (was !== big) cy.scratch('_powermapBig', big);
  // A small map keeps the stylesheet untouched until a big one has been shown in this instance.
  if (was === big || (was === undefined && !big)) return;
  const options = rendererOptionsFor(nodeCount);
  const r = (cy as unknown as { renderer(): RendererFields | undefined }).renderer();
  if (r) {
    r.textureOnViewport = options.textureOnViewport === true;
    r.hideEdgesOnViewport = options.hideEdgesOnViewport === true;
    r.forcedPixelRatio = typeof options.pixelRatio === 'number' ? options.pixelRatio : null;
    r.motionBlur = false;
  }
  const sheet = cy.style() as unknown as { selector(s: string): { style(p: Record<string, unknown>): unknown }; update(): void };
  for (const rule of perfStyleFor(nodeCount)) (sheet.selector(rule.selector) as { style(p: Record<string, unknown>): unknown }).style(rule.style as Record<string, unknown>);
  if (!big) sheet.selector('edge').style({ 'curve-style': 'bezier' });
  sheet.update();
  setLazyLabels(cy, big);
  if (big) cy.minZoom(Math.min(cy.minZoom(), options.minZoom as number)); // room to see all of a big map at once
  cy.resize(); // the canvas picks up the new pixel ratio
}
