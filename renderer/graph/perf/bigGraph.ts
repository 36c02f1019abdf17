// Settings that keep big accounts (up to 2,000+ people) smooth to pan and zoom. The adapter passes
// `rendererOptionsFor(n)` to cytoscape() and appends `perfStyleFor(n)` after its own stylesheet.
import type { CytoscapeOptions, StylesheetStyle } from 'cytoscape';

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

/** Style overrides for big maps: skip text too small to read, and use cheap straight edges. */
export function perfStyleFor(nodeCount: number): StylesheetStyle[] {
  const big = isBigGraph(nodeCount);
  return [
    { selector: 'node', style: { 'min-zoomed-font-size': big ? 9 : 5 } },
    { selector: 'edge', style: { 'min-zoomed-font-size': 9, ...(big ? { 'curve-style': 'straight' } : {}) } },
  ];
}

/** Whether a freshly computed layout should be animated into place (never on big maps: it would be thousands of tweens). */
export function animateLayoutFor(nodeCount: number): boolean {
  return nodeCount < 150;
}
