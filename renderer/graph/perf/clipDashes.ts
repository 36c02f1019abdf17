// Dotted and dashed lines, stroked only where they can be seen. The canvas dashes a line along its
// whole length, on the canvas or not, and Cytoscape's 'dotted' is a 1-on-1-off pattern in map units:
// a line across a 20,000-person org chart is ~50,000 dots. Zoomed in on someone there, hundreds of
// such lines cross the screen and one frame took ~90 s of rasterising (pan frames too). Each straight
// patterned line is cut to the part that lies on the canvas it is drawn into (the screen, a texture,
// an export), moved back to a whole number of dash periods from its start so every dash falls where
// it would have. Dashes under 1.5 px (a dotted line below zoom 0.75) would blur into a faint line:
// that line is drawn plain at the pattern's ink share (dotted: half), at a fraction of the cost.
// Curved lines and solid ones are drawn as Cytoscape draws them.
import type { Core } from 'cytoscape';

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type Draw = (edge: unknown, context: CanvasRenderingContext2D, pts: number[], type: string) => void;
interface EdgeRenderer {
  drawEdgePath: Draw;
  _powermapClipDashes?: true;
}
interface PatternedEdge {
  pstyle(name: string): { pfValue?: unknown };
}

/** Cytoscape's 'dotted' pattern: 1 on, 1 off, in map units. */
const DOTTED_PERIOD = 2;

/** Cytoscape's parsed `line-dash-pattern` (numbers in map units) and its length; anything else is no pattern. */
function patternParts(pattern: unknown): { parts: number[]; sum: number } {
  const parts = Array.isArray(pattern) ? pattern.map(Number).filter((n) => Number.isFinite(n) && n >= 0) : [];
  return { parts, sum: parts.reduce((a, b) => a + b, 0) };
}

/** One repeat of a dash pattern, in map units (a pattern of odd length repeats twice, as the canvas does). */
export function dashPeriod(type: string, pattern: unknown): number {
  if (type === 'dotted') return DOTTED_PERIOD;
  const { parts, sum } = patternParts(pattern);
  if (!(sum > 0)) return 0;
  return parts.length % 2 === 1 ? 2 * sum : sum;
}

/** Below this many device pixels a dash period is drawn as a plain line (it would look like one). */
export const MIN_PERIOD_PX = 1.5;

/** The share of a dash pattern's length that is ink: a line drawn plain in its place is that faint. */
export function dashCoverage(type: string, pattern: unknown): number {
  if (type === 'dotted') return 0.5;
  const { parts, sum } = patternParts(pattern);
  if (!(sum > 0) || parts.length % 2 === 1) return sum > 0 ? 0.5 : 1;
  return parts.reduce((a, b, k) => (k % 2 === 0 ? a + b : a), 0) / sum;
}

/** Liang–Barsky: the part [t0, t1] of p0→p1 inside `rect`, or null when none of it is. */
export function clipSegment(x0: number, y0: number, x1: number, y1: number, rect: Rect): [number, number] | null {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: Array<[number, number]> = [
    [-dx, x0 - rect.x1],
    [dx, rect.x2 - x0],
    [-dy, y0 - rect.y1],
    [dy, rect.y2 - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return [t0, t1];
}

/**
 * The piece of the straight line `pts` ([x0, y0, x1, y1]) worth stroking inside `rect`: `pts` itself
 * when it lies within, null when it misses, otherwise a shorter line starting a whole number of
 * `period`s from the original start (so the dashes keep their places) and ending a little past the rect.
 */
export function visibleDashedPart(pts: readonly number[], rect: Rect, period: number): number[] | null {
  const [x0, y0, x1, y1] = pts as [number, number, number, number];
  const clipped = clipSegment(x0, y0, x1, y1, rect);
  if (!clipped) return null;
  const [t0, t1] = clipped;
  if (t0 === 0 && t1 === 1) return [...pts];
  const length = Math.hypot(x1 - x0, y1 - y0);
  if (!(length > 0) || !(period > 0)) return [...pts];
  const from = Math.floor((t0 * length) / period) * period;
  const to = Math.min(length, Math.ceil((t1 * length) / period) * period + period);
  const at = (d: number) => [x0 + ((x1 - x0) * d) / length, y0 + ((y1 - y0) * d) / length];
  return [...at(from), ...at(to)];
}

/** A canvas transform (a b c d e f, as DOMMatrix names them). */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/** What of the map lies on a `width` × `height` canvas drawn through `m`, in map units, widened by `margin`. */
export function canvasRect(m: Affine, width: number, height: number, margin: number): Rect | null {
  const det = m.a * m.d - m.b * m.c;
  if (!(width > 0 && height > 0) || !Number.isFinite(det) || det === 0) return null;
  // Device point (x, y) back to map units: the inverse of [a c e; b d f].
  const back = (x: number, y: number) => [(m.d * (x - m.e) - m.c * (y - m.f)) / det, (m.a * (y - m.f) - m.b * (x - m.e)) / det] as const;
  const corners = [back(0, 0), back(width, 0), back(0, height), back(width, height)];
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  return { x1: Math.min(...xs) - margin, y1: Math.min(...ys) - margin, x2: Math.max(...xs) + margin, y2: Math.max(...ys) + margin };
}

/**
 * The line Cytoscape is about to stroke on `context`, as it should be stroked: [points, line style, opacity
 * factor], or null for nothing.
 */
export function dashedLineToDraw(context: CanvasRenderingContext2D, pts: number[], type: string, pattern: unknown): [number[], string, number] | null {
  if (type === 'solid' || pts.length !== 4 || typeof context.getTransform !== 'function') return [pts, type, 1];
  const period = dashPeriod(type, pattern);
  const m = context.getTransform();
  // Dashes under a pixel and a half blur into a faint line anyway: draw that line, as faint.
  if (period * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) < MIN_PERIOD_PX) return [pts, 'solid', dashCoverage(type, pattern)];
  const canvas = context.canvas as { width?: number; height?: number } | undefined;
  const rect = canvasRect(m, canvas?.width ?? 0, canvas?.height ?? 0, (Number(context.lineWidth) || 1) + period);
  if (!rect) return [pts, type, 1];
  const part = visibleDashedPart(pts, rect, period);
  return part ? [part, type, 1] : null;
}

/** Installs the cut on this instance's renderer (once; the shared prototype is left alone). */
export function clipDashedEdges(cy: Core): void {
  const r = (cy as unknown as { renderer(): EdgeRenderer | undefined }).renderer();
  // A headless instance (tests) has a renderer that draws nothing.
  if (!r || r._powermapClipDashes || typeof r.drawEdgePath !== 'function') return;
  const draw = r.drawEdgePath.bind(r);
  r._powermapClipDashes = true;
  r.drawEdgePath = (edge, context, pts, type) => {
    if (type === 'solid') return draw(edge, context, pts, type);
    const line = dashedLineToDraw(context, pts, type, (edge as PatternedEdge).pstyle('line-dash-pattern').pfValue);
    if (!line) return;
    if (line[2] === 1) return draw(edge, context, line[0], line[1]);
    const alpha = context.globalAlpha;
    context.globalAlpha = alpha * line[2];
    try {
      draw(edge, context, line[0], line[1]);
    } finally {
      context.globalAlpha = alpha;
    }
  };
}
