// Whether an SVG of the map is worth making: cytoscape-svg draws every node and line as vector
// paths on the UI thread, so its size and time grow with the map. Estimated from the counts before
// anything is drawn (microseconds), so a map too big is refused up front with the figures and a
// way out (PNG, or filter first) instead of freezing the window and then failing to save.
//
// Measured in the browser suite's Chromium on 2 cores (saved positions, sample stylesheet, full
// detail): 25 people / 41 lines 169 KB in 0.17 s; 500 / 885: 3.3 MB, 2.6 s; 2,000 / 3,527: 13.2 MB,
// 7.8 s. The constants below reproduce those within 30 % (tests/unit/renderer/svgBudget.test.ts).
import { SAVE_MAX_BYTES } from '../../shared/export/fileName';

const FIXED_BYTES = 55_000; // header, legend, fonts' names, the frame
const BYTES_PER_NODE = 4_000; // shape, label text with halo, support-base ring
const BYTES_PER_EDGE = 1_450; // one path, its arrow
const FIXED_SECONDS = 0.85;
const SECONDS_PER_NODE = 0.0021;
const SECONDS_PER_EDGE = 0.0008;

/** Longest an SVG export may keep the window busy. */
export const SVG_MAX_SECONDS = 10;

export interface SvgEstimate {
  bytes: number;
  seconds: number;
}

export function estimateSvg(nodes: number, edges: number): SvgEstimate {
  return {
    bytes: FIXED_BYTES + BYTES_PER_NODE * nodes + BYTES_PER_EDGE * edges,
    seconds: FIXED_SECONDS + SECONDS_PER_NODE * nodes + SECONDS_PER_EDGE * edges,
  };
}

/** The estimate when the SVG should not be made (too slow or past what can be saved), else null. */
export function svgRefusal(nodes: number, edges: number): SvgEstimate | null {
  const estimate = estimateSvg(nodes, edges);
  return estimate.seconds > SVG_MAX_SECONDS || estimate.bytes > SAVE_MAX_BYTES ? estimate : null;
}
