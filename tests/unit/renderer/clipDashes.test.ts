// Dotted and dashed lines cut to the canvas (renderer/graph/perf/clipDashes.ts): the part kept covers
// everything on the canvas, starts a whole number of dash periods from the line's start (so every dash
// lands where it did), and lines drawn too small to show dashes are drawn plain.
import { describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { canvasRect, clipDashedEdges, clipSegment, dashCoverage, dashedLineToDraw, dashPeriod, visibleDashedPart, type Affine, type Rect } from '../../../renderer/graph/perf/clipDashes';

const rect: Rect = { x1: 0, y1: 0, x2: 100, y2: 50 };

/** A context stand-in: a zoom/pan transform and a canvas size are all the cut reads. */
function context(zoom: number, pan: { x: number; y: number }, width = 800, height = 600, lineWidth = 2): CanvasRenderingContext2D {
  const m: Affine = { a: zoom, b: 0, c: 0, d: zoom, e: pan.x, f: pan.y };
  return { getTransform: () => m, canvas: { width, height }, lineWidth } as unknown as CanvasRenderingContext2D;
}

describe('dash periods', () => {
  it('and their ink share: half for dotted, on over period for dashed', () => {
    expect(dashCoverage('dotted', undefined)).toBe(0.5);
    expect(dashCoverage('dashed', [7, 4])).toBeCloseTo(7 / 11);
    expect(dashCoverage('dashed', [5])).toBe(0.5);
    expect(dashCoverage('dashed', [])).toBe(1);
  });

  it('are Cytoscape’s 1-on-1-off for dotted, the pattern’s sum for dashed (twice an odd pattern)', () => {
    expect(dashPeriod('dotted', undefined)).toBe(2);
    expect(dashPeriod('dashed', [7, 4])).toBe(11);
    expect(dashPeriod('dashed', [5])).toBe(10);
    expect(dashPeriod('dashed', [])).toBe(0);
    expect(dashPeriod('dashed', 'nonsense')).toBe(0);
  });
});

describe('clipping a segment to a rectangle', () => {
  it('keeps a segment inside whole, drops one that misses, cuts one that crosses', () => {
    expect(clipSegment(10, 10, 90, 40, rect)).toEqual([0, 1]);
    expect(clipSegment(-50, -10, 200, -5, rect)).toBeNull();
    expect(clipSegment(150, 10, 150, 40, rect)).toBeNull();
    const [t0, t1] = clipSegment(-100, 25, 200, 25, rect)!;
    expect(t0 * 300 - 100).toBeCloseTo(0);
    expect(t1 * 300 - 100).toBeCloseTo(100);
  });
});

describe('the visible part of a dashed line', () => {
  it('covers what is inside and keeps the dash phase, for any line across any rectangle', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    for (let i = 0; i < 500; i++) {
      const pts = [rnd() * 5000, rnd() * 5000, rnd() * 5000, rnd() * 5000];
      const r: Rect = { x1: rnd() * 300, y1: rnd() * 300, x2: 0, y2: 0 };
      r.x2 = r.x1 + 50 + Math.abs(rnd()) * 400;
      r.y2 = r.y1 + 50 + Math.abs(rnd()) * 400;
      const period = [2, 11, 10][i % 3]!;
      const part = visibleDashedPart(pts, r, period);
      const clip = clipSegment(pts[0]!, pts[1]!, pts[2]!, pts[3]!, r);
      if (!clip) {
        expect(part).toBeNull();
        continue;
      }
      const length = Math.hypot(pts[2]! - pts[0]!, pts[3]! - pts[1]!);
      const along = (x: number, y: number) => ((x - pts[0]!) * (pts[2]! - pts[0]!) + (y - pts[1]!) * (pts[3]! - pts[1]!)) / length;
      const from = along(part![0]!, part![1]!);
      const to = along(part![2]!, part![3]!);
      // On the original line, in its direction.
      const cross = (x: number, y: number) => ((x - pts[0]!) * (pts[3]! - pts[1]!) - (y - pts[1]!) * (pts[2]! - pts[0]!)) / length;
      expect(Math.abs(cross(part![0]!, part![1]!))).toBeLessThan(1e-6 * length + 1e-6);
      expect(Math.abs(cross(part![2]!, part![3]!))).toBeLessThan(1e-6 * length + 1e-6);
      // Covers the piece inside the rectangle, never runs past the line's end.
      expect(from).toBeLessThanOrEqual(clip[0] * length + 1e-6);
      expect(to).toBeGreaterThanOrEqual(Math.min(length, clip[1] * length) - 1e-6);
      expect(from).toBeGreaterThanOrEqual(-1e-6);
      expect(to).toBeLessThanOrEqual(length + 1e-6);
      // Starts a whole number of periods in: the dashes fall where the whole line's would.
      const phase = (from / period) % 1;
      expect(Math.min(phase, 1 - phase)).toBeLessThan(1e-6);
    }
  });

  it('draws far less of a 60,000-unit line than its length when only a screen of it shows', () => {
    const part = visibleDashedPart([-30_000, 0, 30_000, 0], { x1: -500, y1: -300, x2: 500, y2: 300 }, 2)!;
    expect(part[2]! - part[0]!).toBeLessThan(1010);
    expect(part[0]).toBeLessThanOrEqual(-500);
    expect(part[2]).toBeGreaterThanOrEqual(500);
  });
});

describe('what the canvas shows', () => {
  it('inverts the transform: zoom 2 panned by (100, 50) on 800×600 shows x −50…350, y −25…275', () => {
    expect(canvasRect({ a: 2, b: 0, c: 0, d: 2, e: 100, f: 50 }, 800, 600, 0)).toEqual({ x1: -50, y1: -25, x2: 350, y2: 275 });
    expect(canvasRect({ a: 0, b: 0, c: 0, d: 0, e: 0, f: 0 }, 800, 600, 0)).toBeNull();
    expect(canvasRect({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }, 0, 600, 0)).toBeNull();
  });

  it('a long dotted line at reading zoom is cut to the screen; too small for dots it is drawn plain; off screen not at all', () => {
    const line = [-30_000, 100, 30_000, 100];
    const [cut, type, alpha] = dashedLineToDraw(context(1, { x: 0, y: 0 }), line, 'dotted', undefined)!;
    expect(type).toBe('dotted');
    expect(alpha).toBe(1);
    expect(cut[0]).toBeLessThanOrEqual(0);
    expect(cut[2]).toBeGreaterThanOrEqual(800);
    expect(cut[2]! - cut[0]!).toBeLessThan(820);
    // Zoom 0.5: a 2-unit period is 1 px, under 1.5 px: plain and half as strong (the dots' ink), uncut
    // (Skia clips a plain line cheaply).
    expect(dashedLineToDraw(context(0.5, { x: 0, y: 0 }), line, 'dotted', undefined)).toEqual([line, 'solid', 0.5]);
    expect(dashedLineToDraw(context(0.1, { x: 0, y: 0 }), line, 'dashed', [7, 4])).toEqual([line, 'solid', 7 / 11]);
    // The dashed pattern (11 units) still shows at 0.5.
    expect(dashedLineToDraw(context(0.5, { x: 0, y: 0 }), line, 'dashed', [7, 4])![1]).toBe('dashed');
    expect(dashedLineToDraw(context(1, { x: 0, y: 0 }), [-30_000, 5000, 30_000, 5000], 'dashed', [7, 4])).toBeNull();
  });

  it('leaves solid lines, curves and contexts without a transform as Cytoscape draws them', () => {
    const line = [-30_000, 100, 30_000, 100];
    expect(dashedLineToDraw(context(1, { x: 0, y: 0 }), line, 'solid', undefined)).toEqual([line, 'solid', 1]);
    const curve = [0, 0, 50, 80, 100, 0];
    expect(dashedLineToDraw(context(1, { x: 0, y: 0 }), curve, 'dotted', undefined)).toEqual([curve, 'dotted', 1]);
    expect(dashedLineToDraw({ canvas: { width: 10, height: 10 } } as unknown as CanvasRenderingContext2D, line, 'dotted', undefined)).toEqual([line, 'dotted', 1]);
  });
});

describe('installing the cut on a map', () => {
  it('wraps the instance’s own edge drawing once: a long dotted line reaches Cytoscape cut, a solid one whole, one off screen not at all', () => {
    const calls: Array<[number[], string, number]> = [];
    const renderer = { drawEdgePath: (_e: unknown, c: CanvasRenderingContext2D, pts: number[], type: string) => void calls.push([pts, type, c.globalAlpha]) };
    const cy = { renderer: () => renderer } as unknown as Core;
    clipDashedEdges(cy);
    const wrapped = renderer.drawEdgePath;
    clipDashedEdges(cy);
    expect(renderer.drawEdgePath).toBe(wrapped);
    const edge = { pstyle: () => ({ pfValue: [7, 4] }) };
    const ctx = context(1, { x: 0, y: 0 });
    ctx.globalAlpha = 0.8;
    const long = [-30_000, 100, 30_000, 100];
    renderer.drawEdgePath(edge, ctx, long, 'dashed');
    renderer.drawEdgePath(edge, ctx, long, 'solid');
    renderer.drawEdgePath(edge, ctx, [-30_000, 9000, 30_000, 9000], 'dotted');
    expect(calls).toHaveLength(2);
    expect(calls[0]![2]).toBe(0.8);
    expect(calls[0]![1]).toBe('dashed');
    expect(calls[0]![0][2]! - calls[0]![0][0]!).toBeLessThan(850);
    expect(calls[1]).toEqual([long, 'solid', 0.8]);
    // Far out, a dotted line is drawn plain at half its opacity, and the context's opacity is put back.
    const far = context(0.2, { x: 0, y: 0 });
    far.globalAlpha = 0.8;
    renderer.drawEdgePath(edge, far, long, 'dotted');
    expect(calls[2]).toEqual([long, 'solid', 0.4]);
    expect(far.globalAlpha).toBe(0.8);
  });

  it('leaves a headless instance (no drawing) alone', () => {
    const cy = { renderer: () => ({}) } as unknown as Core;
    expect(() => clipDashedEdges(cy)).not.toThrow();
  });
});
